package io.tepai.api;

import java.util.List;

/**
 * Which page of a list to return.
 *
 * @param page page number, starting at 1
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Keeps the offset far from integer overflow. */
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 1 || page > MAX_PAGE) {
            throw new ValidationException(List.of(new FieldError("page", "must be between 1 and " + MAX_PAGE)));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException(List.of(new FieldError("size", "must be between 1 and " + MAX_SIZE)));
        }
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
