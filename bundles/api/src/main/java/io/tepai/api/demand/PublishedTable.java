package io.tepai.api.demand;

import java.time.Instant;

/**
 * What publishing a county's demand table did.
 *
 * @param published the drafts published now; demands published before stay as they are
 * @param total     the demands in the published table now (published, matched or served)
 */
public record PublishedTable(String county, int year, int published, long total, Instant publishedAt) {
}
