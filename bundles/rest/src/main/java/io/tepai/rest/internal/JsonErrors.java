package io.tepai.rest.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.tepai.api.FieldError;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Explains a JSON body that does not fit the expected shape in terms of the field the caller got wrong. */
final class JsonErrors {

    private JsonErrors() {
    }

    static FieldError fieldError(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(unknown.getPropertyName(), "is not a known field");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return new FieldError(field, "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants()));
        }
        return new FieldError(field.isEmpty() ? "body" : field, e.getOriginalMessage());
    }
}
