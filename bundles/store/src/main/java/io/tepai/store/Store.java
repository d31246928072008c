package io.tepai.store;

import java.nio.file.Path;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs units of work against Tepai's database. Entities handed to the work are managed only inside it:
 * map them to API records before returning.
 */
@ProviderType
public interface Store {

    /** Runs read-only work; a read that timed out on a writer's lock is run again like a write. */
    <T> T read(Function<Repositories, T> work);

    /**
     * Runs work in one transaction: everything it changed is committed together, or nothing is when it
     * throws. A concurrent change to a versioned entity surfaces as {@link io.tepai.api.ConflictException}.
     * When the database gives up for a passing reason (a lock timeout or a deadlock under concurrent writes) the
     * whole work runs again, a bounded number of times, so it must not have effects outside the transaction that
     * cannot be repeated; when it keeps failing the caller gets {@link io.tepai.api.TemporarilyUnavailableException}.
     */
    <T> T write(Function<Repositories, T> work);

    /**
     * Runs {@code work} while holding the database lock called {@code name} (lower-case letters): on one node of
     * those sharing the database at a time; see {@link io.tepai.api.NodeLock}.
     */
    void exclusively(String name, io.tepai.api.NodeLock.Work work) throws InterruptedException;

    /** True when the database answers a trivial query. */
    boolean isReachable();

    /**
     * Copies the live embedded database into {@code target} (a folder that must not exist yet) without stopping
     * anything; writes wait for the few seconds of the copy.
     *
     * @throws UnsupportedOperationException when the database is not the embedded Derby (PostgreSQL has pg_dump), or
     *                                       the store cannot back up at all (a test's wrapper)
     */
    default Backup backup(Path target) {
        throw new UnsupportedOperationException("This store cannot back up its database");
    }

    /**
     * A finished backup.
     *
     * @param folder the copy of the database folder, to be copied back over {@code data/tepai-db} to restore
     * @param bytes  its size
     */
    record Backup(Path folder, long bytes) {
    }
}
