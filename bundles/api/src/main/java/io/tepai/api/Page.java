package io.tepai.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the page's items
 * @param total number of items matching the query across all pages; {@value #UNCOUNTED} on a page read after an
 *              item ({@link PageRequest#after()}), which is not counted again: the first page told it
 * @param page  page number, starting at 1
 * @param size  requested page size
 * @param next  on the lists that page by key, what to pass as {@code after} for the next page: the id of this
 *              page's last item when the page is full; null when it is not (there is no next page) or the list
 *              pages by number only
 * @since 0.4 ({@code next})
 */
public record Page<T>(List<T> items, long total, int page, int size, Long next) {

    /** The {@link #total()} of a page that was not counted. */
    public static final long UNCOUNTED = -1;

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list that pages by number only. */
    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, null);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size, next);
    }
}
