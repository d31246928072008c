package io.tepai.api;

import org.osgi.annotation.versioning.ProviderType;

/** Tells whether the platform's parts are working. */
@ProviderType
public interface HealthService {

    Health check();
}
