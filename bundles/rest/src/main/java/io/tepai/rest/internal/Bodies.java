package io.tepai.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reading JSON bodies the same way in every resource: a draft record with the server's fields dropped, the
 * {@code version} a change is based on, and the few fields of an action body. (Query parameters are typed, see
 * {@link QueryParameters}.)
 */
final class Bodies {

    /** Fields a client may send back from a GET; the server owns them, so they are dropped, not rejected. */
    private static final List<String> SERVER_OWNED = List.of("id", "sample", "createdAt", "updatedAt", "version");


    private Bodies() {
    }

    /** The {@code version} an update is based on: required, so that no write overwrites a change unseen. */
    static long version(ObjectNode body) {
        JsonNode version = body.get("version");
        // canConvertToLong alone would take 1.9 as 1 and "3" as 3
        if (version == null || !version.isIntegralNumber() || !version.canConvertToLong()) {
            throw ValidationException.of("version",
                    "is required: send the version you read, so that concurrent changes are detected");
        }
        return version.asLong();
    }

    /**
     * The {@code version} of a create-or-replace: null when absent (create), otherwise it must be a whole number,
     * so that a malformed version is not mistaken for "create".
     */
    static Long versionIfAny(ObjectNode body) {
        JsonNode version = body.get("version");
        if (version == null || version.isNull()) {
            return null;
        }
        if (!version.isIntegralNumber() || !version.canConvertToLong()) {
            throw ValidationException.of("version", "must be a whole number: the version you read (absent to create)");
        }
        return version.asLong();
    }

    /** A required whole-number body field, e.g. the id of the specialist to add to a team. */
    static long longField(ObjectNode body, String name, String whenMissing) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            throw ValidationException.of(name, "is required: " + whenMissing);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ValidationException.of(name, "must be a whole number");
        }
        return value.asLong();
    }

    /** A required enum body field such as {@code status}, case-insensitive like the query parameters. */
    static <E extends Enum<E>> E enumField(ObjectNode body, String name, Class<E> type) {
        E value = enumFieldIfAny(body, name, type);
        if (value == null) {
            throw ValidationException.of(name, "is required: one of " + Arrays.toString(type.getEnumConstants()));
        }
        return value;
    }

    /** An optional enum body field: null when absent or null; otherwise a string naming a constant (not a number). */
    static <E extends Enum<E>> E enumFieldIfAny(ObjectNode body, String name, Class<E> type) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ValidationException.of(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
        return QueryParameters.constant(name, value.asText().strip(), type);
    }

    /**
     * Refuses the fields of an action body ({@code {"version": N, "comment": "..."}}) other than the given ones: an
     * optional field sent with a typo must not be silently dropped.
     */
    static void onlyFields(ObjectNode body, String... allowed) {
        Set<String> known = Set.of(allowed);
        List<FieldError> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                unknown.add(new FieldError(name, "is not a field of this operation; expected " + List.of(allowed)));
            }
        });
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
    }

    /** An optional text body field such as a comment: null when absent or null, otherwise it must be a string. */
    static String textField(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return text(name, value);
    }

    /** A JSON string checked as {@link Json} checks every string of a record body (fields read one by one miss it). */
    static String text(String name, JsonNode value) {
        if (!value.isTextual()) {
            throw ValidationException.of(name, "must be text");
        }
        String problem = Json.textProblem(value.asText());
        if (problem != null) {
            throw ValidationException.of(name, problem);
        }
        return value.asText();
    }

    /** A required list of text, e.g. a county's leading industries; each item checked and named by its index. */
    static List<String> textListField(ObjectNode body, String name, String whenMissing) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            throw ValidationException.of(name, "is required: " + whenMissing);
        }
        if (!value.isArray()) {
            throw ValidationException.of(name, "must be a list of text such as [\"小麦\"]");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            texts.add(text(name + "[" + i + "]", value.get(i)));
        }
        return texts;
    }

    /** An optional whole-number body field such as a rating: null when absent or null. */
    static Integer intFieldIfAny(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw ValidationException.of(name, "must be a whole number");
        }
        return value.asInt();
    }

    /** A required list of ids, e.g. the members to assign; each item a whole number, reported by its index. */
    static List<Long> longListField(ObjectNode body, String name, String whenMissing) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            throw ValidationException.of(name, "is required: " + whenMissing);
        }
        if (!value.isArray()) {
            throw ValidationException.of(name, "must be a list of ids such as [12, 15]");
        }
        List<Long> ids = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isIntegralNumber() && item.canConvertToLong()) {
                ids.add(item.asLong());
            } else {
                errors.add(new FieldError(name + "[" + i + "]", "must be a whole number"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return List.copyOf(ids);
    }

    /**
     * A required object of numbers by name, e.g. an evaluator's inputs {@code {"organisation": 85}}; each value is
     * reported by its name when it is not a number. Whether a number is in range is the service's to say.
     */
    static Map<String, BigDecimal> decimalMapField(ObjectNode body, String name, String whenMissing) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            throw ValidationException.of(name, "is required: " + whenMissing);
        }
        if (!value.isObject()) {
            throw ValidationException.of(name, "must be an object of numbers by name, such as {\"organisation\": 85}");
        }
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        value.fields().forEachRemaining(entry -> {
            JsonNode number = entry.getValue();
            // 1e400 parses as an infinite double, which has no decimal value
            if (number.isNumber() && !(number.isDouble() && !Double.isFinite(number.doubleValue()))) {
                numbers.put(entry.getKey(), number.decimalValue());
            } else {
                errors.add(new FieldError(name + "." + entry.getKey(), "must be a number"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return numbers;
    }

    /**
     * Like {@link #draft(ObjectNode, Class)} for a body that may be a record as read ({@code readType}): the fields
     * the record has and the draft lacks are derived or change through their own operations, so they are dropped
     * too, and a client can send back what it read. Any other unknown field is still refused.
     */
    static <T extends Record> T draft(ObjectNode body, Class<T> type, Class<? extends Record> readType) {
        Set<String> editable = Stream.of(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        ObjectNode copy = body.deepCopy();
        Stream.of(readType.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !editable.contains(name)).forEach(copy::remove);
        return draft(copy, type);
    }

    /** Converts a body to the draft type after removing the fields the server owns. */
    static <T> T draft(ObjectNode body, Class<T> type) {
        ObjectNode copy = body.deepCopy();
        copy.remove(SERVER_OWNED);
        try {
            return Json.MAPPER.treeToValue(copy, type);
        } catch (JsonMappingException e) {
            throw new ValidationException(List.of(JsonErrors.fieldError(e)));
        } catch (JsonProcessingException e) {
            throw ValidationException.of("body", "does not have the expected form");
        }
    }
}
