package io.tepai.metrics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** What city IT may set in {@code etc/io.tepai.metrics.cfg}, described for the web console and {@code config:meta}. */
@ObjectClassDefinition(name = "Tepai metrics",
        description = "The Prometheus scrape endpoint GET /metrics. A change applies at once.")
@interface MetricsConfiguration {

    @AttributeDefinition(name = "Scrape token", type = AttributeType.PASSWORD, required = false,
            description = "The secret a scraper sends as 'Authorization: Bearer <token>'; at least 32 characters. "
                    + "While it is empty or shorter, /metrics refuses every request (403).")
    String token();
}
