package io.tepai.rest.internal;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import java.util.List;

/**
 * The {@code ?page=&size=} of a list, or {@code ?after=&size=} on the lists that also page by key (specialists,
 * logs); {@link PageRequest} says which values are allowed.
 */
final class Pages {

    private Pages() {
    }

    static PageRequest request(Integer page, Integer size) {
        return request(page, size, null);
    }

    /** A page by number, or the items after the item with id {@code after} (the previous page's {@code next}). */
    static PageRequest request(Integer page, Integer size, Long after) {
        return new PageRequest(page == null ? 1 : page, size == null ? PageRequest.DEFAULT_SIZE : size, after);
    }

    /** One page of a short list that services return whole (counties, tiers). */
    static <T> Page<T> of(List<T> all, Integer page, Integer size) {
        PageRequest request = request(page, size);
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), all.size(), request.page(), request.size());
    }
}
