package org.liaison.infrastructure.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Request bodies are read strictly (issue 11 item 4; docs/input-limits.md): a string field takes only a JSON string,
 * held to {@link TextInput} (single-line unless {@link MultiLine}); a date or date-time field is held to the
 * {@link DateWindow}, and is ISO-8601 text (not a number of days or seconds since 1970). Only the REST layer's mapper has these checks; Kafka events are read by the plain one, so an
 * event written before a rule changed is still read.
 */
@Provider
@Singleton
public class RequestBodyChecks implements ContextResolver<ObjectMapper> {

    private static final Set<Class<?>> DATES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class);

    private final ObjectMapper mapper;

    RequestBodyChecks(ObjectMapper mapper, RequestDates dates) {
        this.mapper = strict(mapper, dates::window);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /** A copy of {@code mapper} that reads with the checks; {@code window} gives today's date window. */
    public static ObjectMapper strict(ObjectMapper mapper, Supplier<DateWindow> window) {
        SimpleModule module = new SimpleModule("liaison-request-body-checks");
        module.addDeserializer(String.class, new CheckedText(TextInput.Shape.SINGLE_LINE));
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return DATES.contains(description.getBeanClass()) ? new WindowedDate(deserializer, window) : deserializer;
            }
        });
        return mapper.copy().registerModule(module);
    }

    /** A string field: a JSON string and nothing else (no number or object coerced), free of control characters. */
    static final class CheckedText extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final TextInput.Shape shape;

        CheckedText(TextInput.Shape shape) {
            super(String.class);
            this.shape = shape;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean multiLine = property != null && property.getAnnotation(MultiLine.class) != null;
            TextInput.Shape wanted = multiLine ? TextInput.Shape.MULTI_LINE : TextInput.Shape.SINGLE_LINE;
            return wanted == shape ? this : new CheckedText(wanted);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            var refusal = TextInput.refusal(text, shape);
            if (refusal.isPresent()) {
                throw new RefusedInputException(parser, refusal.get());
            }
            return text;
        }
    }

    /** A date or date-time field, read as Jackson reads it, then held to the window. */
    static final class WindowedDate extends DelegatingDeserializer {

        private final Supplier<DateWindow> window;

        WindowedDate(JsonDeserializer<?> delegate, Supplier<DateWindow> window) {
            super(delegate);
            this.window = window;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new WindowedDate(delegate, window);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // ISO-8601 text only: Jackson would otherwise read 12345 as a count of days (or seconds) since 1970
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            Object value = super.deserialize(parser, context);
            DateWindow today = window.get();
            java.util.Optional<String> refusal;
            if (value instanceof Instant instant) {
                refusal = today.refusal(instant);
            } else if (value instanceof OffsetDateTime dateTime) {
                refusal = today.refusal(dateTime.toInstant());
            } else if (value instanceof ZonedDateTime dateTime) {
                refusal = today.refusal(dateTime.toInstant());
            } else if (value instanceof LocalDateTime dateTime) {
                refusal = today.refusal(dateTime.toLocalDate());
            } else {
                refusal = today.refusal((LocalDate) value);
            }
            if (refusal.isPresent()) {
                throw new RefusedInputException(parser, refusal.get());
            }
            return value;
        }
    }
}
