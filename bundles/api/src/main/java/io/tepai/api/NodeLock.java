package io.tepai.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Work that must run on one Tepai node at a time when several nodes share one database (README "Two nodes"), such
 * as loading the demo data set: two nodes started at once would each find the database empty and load it twice.
 * The lock is held in the database, so it orders every node on it, and a node that dies while holding it releases
 * it with its connection.
 */
@ProviderType
public interface NodeLock {

    /** Work run under the lock. */
    @FunctionalInterface
    interface Work {
        void run() throws InterruptedException;
    }

    /**
     * Runs {@code work} while holding the lock called {@code name} (lower-case letters), waiting while another node
     * or thread holds it; the lock is released when the work returns or throws.
     */
    void runExclusively(String name, Work work) throws InterruptedException;
}
