package io.tepai.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.FieldError;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reading query parameters and versioned bodies the same way in every resource. */
final class Requests {

    /** Fields a client may send back from a GET; the server owns them, so they are dropped, not rejected. */
    private static final List<String> SERVER_OWNED = List.of("id", "sample", "createdAt", "updatedAt", "version");

    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;

    private Requests() {
    }

    /** Paging query parameters; taken as text so that {@code ?page=x} is a 400 naming the parameter. */
    static PageRequest page(String page, String size) {
        return new PageRequest(integer("page", page, 1), integer("size", size, PageRequest.DEFAULT_SIZE));
    }

    private static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "must be a whole number");
        }
    }

    /** An optional whole-number query parameter such as an id filter; null when absent. */
    static Long longParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "must be a whole number");
        }
    }

    /**
     * An optional {@code year} parameter: null when absent, so that a search spans all years; where one year is
     * meant, {@link io.tepai.api.calendar.ProgrammeCalendar#yearOrCurrent} supplies the current programme year.
     */
    static Integer yearFilter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int year;
        try {
            year = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("year", "must be a programme year such as 2026");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ValidationException.of("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return year;
    }

    /** One page of a short list that services return whole (counties, tiers). */
    static <T> Page<T> pageOf(List<T> all, String page, String size) {
        PageRequest request = page(page, size);
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), all.size(), request.page(), request.size());
    }

    /** Parses an optional enum query parameter, case-insensitively; a wrong value names the allowed ones. */
    static <E extends Enum<E>> E enumParam(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
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

    /** A required enum body field such as {@code status}, case-insensitive like {@link #enumParam}. */
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
        return enumParam(name, value.asText(), type);
    }

    /** An optional ISO date query parameter such as {@code from=2026-03-01}; null when absent. */
    static LocalDate dateParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = Json.date(value.strip());
        if (date == null) {
            throw ValidationException.of(name, Json.DATE_RULE);
        }
        return date;
    }

    /** An optional {@code true}/{@code false} query parameter (case-insensitive); null when absent. */
    static Boolean booleanParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ValidationException.of(name, "must be true or false");
        };
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

    /** The {@code ?version=N} a delete is based on, required for the same reason. */
    static long version(String queryParameter) {
        if (queryParameter == null || queryParameter.isBlank()) {
            throw ValidationException.of("version", "is required as a query parameter: ?version=N");
        }
        try {
            return Long.parseLong(queryParameter.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("version", "must be a whole number");
        }
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
