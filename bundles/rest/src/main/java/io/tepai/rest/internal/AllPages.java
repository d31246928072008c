package io.tepai.rest.internal;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;

/** Reading every match of a paged search, for exports and projections that must not miss rows. */
final class AllPages {

    private AllPages() {
    }

    /**
     * Every item a search matches, page by page at the largest page size, each item once (by {@code id}) even if the
     * pages shift while they are read. More than {@code max} matches are refused with {@code tooMany(total)} rather
     * than cut short: an export that silently misses rows would be taken for the whole.
     */
    static <T> List<T> of(Function<PageRequest, Page<T>> search, Function<T, Long> id, int max,
                          LongFunction<ValidationException> tooMany) {
        Map<Long, T> rows = new LinkedHashMap<>();
        for (int number = 1; ; number++) {
            Page<T> page = search.apply(new PageRequest(number, PageRequest.MAX_SIZE));
            if (page.total() > max) {
                throw tooMany.apply(page.total());
            }
            page.items().forEach(item -> rows.putIfAbsent(id.apply(item), item));
            if (page.items().size() < PageRequest.MAX_SIZE || (long) number * PageRequest.MAX_SIZE >= page.total()) {
                break;
            }
        }
        if (rows.size() > max) {
            throw tooMany.apply(rows.size());
        }
        return List.copyOf(rows.values());
    }
}
