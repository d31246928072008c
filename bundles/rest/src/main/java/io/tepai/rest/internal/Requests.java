package io.tepai.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reading query parameters and versioned bodies the same way in every resource. */
final class Requests {

    /** Fields a client may send back from a GET; the server owns them, so they are dropped, not rejected. */
    private static final List<String> SERVER_OWNED = List.of("id", "sample", "createdAt", "updatedAt", "version");

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
        if (version == null || !version.canConvertToLong()) {
            throw ValidationException.of("version",
                    "is required: send the version you read, so that concurrent changes are detected");
        }
        return version.asLong();
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

    /** Converts a body to the draft type after removing the fields the server owns. */
    static <T> T draft(ObjectNode body, Class<T> type) {
        ObjectNode copy = body.deepCopy();
        copy.remove(SERVER_OWNED);
        try {
            return Json.MAPPER.treeToValue(copy, type);
        } catch (JsonMappingException e) {
            throw new ValidationException(List.of(JsonErrors.fieldError(e)));
        } catch (JsonProcessingException e) {
            throw ValidationException.of("body", e.getOriginalMessage());
        }
    }
}
