package io.tepai.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What city IT may set in {@code etc/io.tepai.rest.cfg}, described for the web console and {@code config:meta};
 * {@link TepaiApplication} reads the raw values.
 */
@ObjectClassDefinition(name = "Tepai REST API",
        description = "Tepai's REST API (/api). A change here applies at once, without restarting the API.")
@interface RestConfiguration {

    @AttributeDefinition(name = "Largest request body (bytes)", min = "1", description = "Largest request body "
            + "accepted, in bytes; a larger one is refused with 413 before it is read.")
    long maxBodyBytes() default 1048576;

    @AttributeDefinition(name = "Largest imported file (bytes)", min = "1", description = "Largest file accepted by "
            + "a bulk import (POST /api/import/{kind}), in bytes; only that endpoint takes more than the body limit "
            + "above. A larger one is refused with 413 before it is read.")
    long importMaxBodyBytes() default 67108864;

    @AttributeDefinition(name = "Allowed origins", required = false, description = "Other web origins "
            + "(scheme://host[:port], comma-separated) whose pages may write through the API, e.g. a city portal on "
            + "another host. Writes from any other site are refused with 403; the API's own host and requests "
            + "without Origin/Referer (curl, scripts) are always allowed.")
    String allowedOrigins();
}
