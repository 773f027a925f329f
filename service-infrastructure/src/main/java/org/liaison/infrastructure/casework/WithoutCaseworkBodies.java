package org.liaison.infrastructure.casework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The dead-letter serializer for topics that carry casework ({@code enquiry.events}): a dead letter keeps everything
 * an operator needs to see why an event failed and to replay it, but no body, sealed or not. A value that is not a
 * JSON object (which the consumer could not read, so nobody can say what it holds) is withheld whole, with its size
 * and SHA-256 so it can be matched to the original on the topic.
 *
 * <p>Configured per channel: {@code mp.messaging.incoming.<channel>.dead-letter-queue.value.serializer}.
 */
public class WithoutCaseworkBodies implements Serializer<Object> {

    /** The fields that may hold casework text: a reply sealed for the hub, or any plain body. */
    static final Set<String> BODY_FIELDS = Set.of("sealedBody", "body");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        byte[] bytes = data instanceof byte[] raw ? raw : data.toString().getBytes(StandardCharsets.UTF_8);
        return withoutBodies(bytes).getBytes(StandardCharsets.UTF_8);
    }

    static String withoutBodies(byte[] value) {
        try {
            JsonNode tree = JSON.readTree(value);
            if (tree instanceof ObjectNode object) {
                boolean withheld = false;
                for (String field : BODY_FIELDS) {
                    withheld |= object.remove(field) != null;
                }
                if (withheld) {
                    object.put("bodyWithheld", "casework text is not kept in dead letters; enquiry-service holds the reply");
                }
                return JSON.writeValueAsString(object);
            }
        } catch (java.io.IOException e) {
            // not JSON: withheld whole below
        }
        return JSON.createObjectNode().put("withheld", "not a JSON object; " + value.length + " bytes")
                .put("sha256", sha256(value)).toString();
    }

    private static String sha256(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
