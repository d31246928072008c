package io.tepai.api;

import java.util.List;

/**
 * Which page of a list to return: by number ({@code page}), or — on the lists that page by key — the {@code size}
 * items that follow the item whose id is {@code after} in the list's order (key-set paging: the database seeks to it
 * through the list's index instead of reading and skipping every earlier row, so a deep page costs what the first
 * does; issue 17).
 *
 * @param page  page number, starting at 1; 1 when {@code after} is set
 * @param size  items per page, 1 to {@value #MAX_SIZE}
 * @param after the id of the last item of the previous page ({@link Page#next()}), or null to page by number
 * @since 0.4
 */
public record PageRequest(int page, int size, Long after) {

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
        if (after != null && after < 1) {
            throw new ValidationException(List.of(new FieldError("after", "must be the id of a listed item (1 or more)")));
        }
        if (after != null && page != 1) {
            throw new ValidationException(List.of(new FieldError("after",
                    "pages either by number (page) or after an item (after), not both")));
        }
    }

    /** A page by number. */
    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /** The {@code size} items after the item with id {@code after}. */
    public static PageRequest after(long after, int size) {
        return new PageRequest(1, size, after);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
