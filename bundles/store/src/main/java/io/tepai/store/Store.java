package io.tepai.store;

import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs units of work against Tepai's database. Entities handed to the work are managed only inside it:
 * map them to API records before returning.
 */
@ProviderType
public interface Store {

    /** Runs read-only work. */
    <T> T read(Function<Repositories, T> work);

    /**
     * Runs work in one transaction: everything it changed is committed together, or nothing is when it
     * throws. A concurrent change to a versioned entity surfaces as {@link io.tepai.api.ConflictException}.
     */
    <T> T write(Function<Repositories, T> work);

    /** True when the database answers a trivial query. */
    boolean isReachable();
}
