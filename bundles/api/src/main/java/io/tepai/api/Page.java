package io.tepai.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the page's items
 * @param total number of items matching the query across all pages
 * @param page  page number, starting at 1
 * @param size  requested page size
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}
