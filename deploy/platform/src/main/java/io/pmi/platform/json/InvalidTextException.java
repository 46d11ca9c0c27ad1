package io.pmi.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string holding a character no text of ours may hold; Jackson adds the path it was read at. */
public final class InvalidTextException extends JsonMappingException {

    InvalidTextException(JsonParser parser, String message) {
        super(parser, message);
    }
}
