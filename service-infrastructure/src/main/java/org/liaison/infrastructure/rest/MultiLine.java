package org.liaison.infrastructure.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A body field that is a body of text (an enquiry, a reply, notes, a reason): it keeps line breaks and tabs. Every
 * other string field of a request is single-line and refuses them ({@link TextInput}, {@link RequestBodyChecks}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface MultiLine {
}
