package io.tepai.api.field;

/**
 * Filters for listing requests; null values do not filter.
 *
 * @param holder  {@code team:<id>}, {@code unit:<code>} or {@code city}
 * @param overdue only overdue open requests when true
 */
public record RequestFilter(Long specialistId, String county, RequestStatus status, String holder, Boolean overdue) {

    public static final RequestFilter ALL = new RequestFilter(null, null, null, null, null);
}
