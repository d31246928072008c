package io.tepai.api.field;

/**
 * Filters for listing requests; null values do not filter.
 *
 * @param holder  who holds the requests now
 * @param overdue only overdue open requests when true
 */
public record RequestFilter(Long specialistId, String county, RequestStatus status, Holder holder, Boolean overdue) {

    public static final RequestFilter ALL = new RequestFilter(null, null, null, null, null);
}
