package io.tepai.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.tepai.api.FieldError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Explains a JSON body that does not fit the expected shape in terms of the field the caller got wrong and the
 * JSON it should have sent. Jackson's own messages name Java classes and internals, so they never reach the
 * caller: the answer is derived from the exception's kind and the Java type it wanted, translated here.
 */
final class JsonErrors {

    private JsonErrors() {
    }

    static FieldError fieldError(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String field = path.isEmpty() ? "body" : path;
        if (e instanceof UnrecognizedPropertyException unknown) {
            String name = path.isEmpty() ? unknown.getPropertyName() : path;
            return new FieldError(name, "is not a field of this operation; expected " + unknown.getKnownPropertyIds());
        }
        if (e instanceof Json.Refusal refusal) {
            return new FieldError(field, refusal.getOriginalMessage());
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            return new FieldError(field, expected(target));
        }
        return new FieldError(field, "does not have the expected form");
    }

    /** What a body that is not JSON at all did wrong, without the parser's internals. */
    static String parseError(JsonProcessingException e) {
        String duplicate = duplicateField(e);
        return duplicate != null ? "The field \"" + duplicate + "\" appears more than once" : location(e) + "is not valid JSON";
    }

    /** The field a duplicate key names, for a field error, or null for other parse errors. */
    static String duplicateField(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (!message.startsWith("Duplicate field")) {
            return null;
        }
        int from = message.indexOf('\'');
        int to = message.indexOf('\'', from + 1);
        return from >= 0 && to > from ? message.substring(from + 1, to) : "body";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "The body "
                : "The body, at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr() + ", ";
    }

    /** The JSON a field of this Java type must be, in the API's words. */
    static String expected(Class<?> target) {
        if (target == null) {
            return "does not have the expected form";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        if (target == String.class || target == Character.class || target == char.class) {
            return "must be text";
        }
        if (target == long.class || target == Long.class || target == int.class || target == Integer.class
                || target == short.class || target == Short.class || target == byte.class || target == Byte.class
                || target == BigInteger.class) {
            return "must be a whole number";
        }
        if (target == double.class || target == Double.class || target == float.class || target == Float.class
                || target == BigDecimal.class || Number.class.isAssignableFrom(target)) {
            return "must be a number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "must be true or false";
        }
        if (target == LocalDate.class) {
            return Json.DATE_RULE;
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO date and time such as 2026-03-01T09:30:00Z";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "must be a list";
        }
        // a Map or a record: the API's objects
        return "must be an object";
    }
}
