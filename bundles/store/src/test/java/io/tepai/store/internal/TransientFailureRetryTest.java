package io.tepai.store.internal;

import static io.tepai.store.Entities.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.api.TemporarilyUnavailableException;
import io.tepai.store.InMemoryDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11.8: under concurrent writes Derby gave up waiting for a row lock ("A lock could not be obtained within the
 * time requested", SQL state 40XL1) and the request answered 500. The store now runs such a transaction again, whole,
 * a bounded number of times, and then says "try again" (TemporarilyUnavailableException, REST 503 + Retry-After).
 */
class TransientFailureRetryTest {

    private InMemoryDatabase db;
    private JpaStore store;

    @BeforeEach
    void openStore() {
        db = InMemoryDatabase.privateStore();
        store = db.store().withRetries(3, 5);
    }

    @AfterEach
    void closeStore() {
        db.close();
    }

    /** What EclipseLink throws when the JDBC driver reports {@code state}: the SQLException a few causes down. */
    private static PersistenceException failure(String state) {
        SQLException sql = new SQLException("A lock could not be obtained within the time requested", state);
        return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("DatabaseException", sql));
    }

    @ParameterizedTest
    @ValueSource(strings = {"40XL1", "40XL2", "40001", "40P01", "55P03"})
    void lockTimeoutsAndDeadlocksAreRetriedAndTheWorkRunsAgainWhole(String state) {
        AtomicInteger calls = new AtomicInteger();
        String result = store.write(repos -> {
            repos.units().add(unit("hpu"));
            repos.flush();
            if (calls.incrementAndGet() < 3) {
                throw failure(state);
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(3, calls.get());
        assertEquals(1, db.count("SELECT COUNT(*) FROM dispatching_unit WHERE code = 'hpu'"),
                "the failed attempts were rolled back: the unit exists once");
    }

    @Test
    void afterTheLastAttemptTheCallerIsToldToTryAgainAndNothingIsChanged() {
        AtomicInteger calls = new AtomicInteger();
        TemporarilyUnavailableException busy = assertThrows(TemporarilyUnavailableException.class,
                () -> store.write(repos -> {
                    repos.units().add(unit("hpu"));
                    repos.flush();
                    calls.incrementAndGet();
                    throw failure("40XL1");
                }));
        assertEquals(3, calls.get(), "three attempts in all");
        assertTrue(busy.retryAfterSeconds() >= 1);
        assertTrue(busy.getMessage().contains("40XL1"), busy.getMessage());
        assertEquals(0, db.count("SELECT COUNT(*) FROM dispatching_unit"));

        AtomicInteger reads = new AtomicInteger();
        assertThrows(TemporarilyUnavailableException.class, () -> store.read(repos -> {
            reads.incrementAndGet();
            throw failure("40001");
        }));
        assertEquals(3, reads.get(), "a read blocked by a writer's lock is retried alike");
    }

    @Test
    void otherFailuresAndDeliberateErrorsAreNeverRetried() {
        AtomicInteger calls = new AtomicInteger();
        PersistenceException broken = failure("42X05");
        assertSame(broken, assertThrows(PersistenceException.class, () -> store.write(repos -> {
            calls.incrementAndGet();
            throw broken;
        })));
        assertThrows(ConflictException.class, () -> store.write(repos -> {
            calls.incrementAndGet();
            throw new ConflictException("stale");
        }));
        assertThrows(IllegalStateException.class, () -> store.write(repos -> {
            calls.incrementAndGet();
            throw new IllegalStateException("no SQL state at all");
        }));
        assertEquals(3, calls.get(), "each ran once");
    }

    /**
     * Real database locks: one transaction holds a row lock while another wants the same row; with a lock wait of one
     * second the second times out (Derby 40XL1, PostgreSQL 55P03) on its first attempt and succeeds on a retry once
     * the first committed.
     */
    @Test
    void aRealLockTimeoutUnderAConcurrentWriteIsRetriedUntilTheLockIsFree() throws Exception {
        try (Connection connection = db.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            if (InMemoryDatabase.onPostgres()) {
                // PostgreSQL waits for a lock without limit unless told; the store's next connections get 1 s
                sql.execute("ALTER DATABASE " + connection.getCatalog() + " SET lock_timeout = '1s'");
            } else {
                sql.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
            }
        }
        store.write(repos -> {
            repos.units().add(unit("hpu"));
            return null;
        });
        JpaStore patient = db.store().withRetries(3, 200);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = threads.submit(() -> store.write(repos -> {
                repos.units().find("hpu").orElseThrow().setContactName("甲");
                repos.flush();
                locked.countDown();
                await(release);
                return null;
            }));
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            AtomicInteger attempts = new AtomicInteger();
            Future<String> waiter = threads.submit(() -> patient.write(repos -> {
                if (attempts.incrementAndGet() == 2) {
                    release.countDown(); // the first attempt timed out; let the holder commit, then go on
                    finish(holder);
                }
                repos.units().find("hpu").orElseThrow().setContactPhone("0391-1234567");
                repos.flush();
                return "written";
            }));
            assertEquals("written", waiter.get(30, TimeUnit.SECONDS));
            holder.get(30, TimeUnit.SECONDS);
            assertTrue(attempts.get() >= 2, "the first attempt hit the lock: " + attempts.get());
            assertEquals(1, db.count("SELECT COUNT(*) FROM dispatching_unit WHERE contact_name = '甲' "
                    + "AND contact_phone = '0391-1234567'"), "both changes are in");
        } finally {
            threads.shutdownNow();
        }
    }

    private static void finish(Future<?> future) {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
