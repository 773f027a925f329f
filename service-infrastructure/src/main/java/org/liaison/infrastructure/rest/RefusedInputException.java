package org.liaison.infrastructure.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A body value {@link RequestBodyChecks} refuses; its message ends the sentence "field ..." of the 400. */
public class RefusedInputException extends JsonMappingException {

    public RefusedInputException(JsonParser parser, String refusal) {
        super(parser, refusal);
    }
}
