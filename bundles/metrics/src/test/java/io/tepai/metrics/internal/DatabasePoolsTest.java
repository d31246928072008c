package io.tepai.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabasePoolsTest {

    /** What commons-pool2's GenericObjectPool shows over JMX, in part, named as pax-jdbc names it. */
    public interface FakePoolMBean {
        int getNumActive();

        int getNumIdle();

        int getMaxTotal();

        int getNumWaiters();
    }

    public static class FakePool implements FakePoolMBean {
        volatile int active = 3;

        @Override
        public int getNumActive() {
            return active;
        }

        @Override
        public int getNumIdle() {
            return 5;
        }

        @Override
        public int getMaxTotal() {
            return 8;
        }

        @Override
        public int getNumWaiters() {
            return 0;
        }
    }

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName name = new ObjectName("org.ops4j.pax.jdbc.pool.dbcp2:type=GenericObjectPool,name=tepaitest");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DatabasePools pools = new DatabasePools(server);

    DatabasePoolsTest() throws Exception {
    }

    @AfterEach
    void unregister() throws Exception {
        if (server.isRegistered(name)) {
            server.unregisterMBean(name);
        }
    }

    @Test
    void aPoolThatAppearsLaterIsMeasuredFromThenOn() throws Exception {
        pools.bindTo(registry);
        assertTrue(registry.find(DatabasePools.ACTIVE).tag("pool", "tepaitest").gauges().isEmpty());

        FakePool pool = new FakePool();
        server.registerMBean(pool, name);
        pools.bindTo(registry);
        pools.bindTo(registry);

        assertEquals(3, registry.get(DatabasePools.ACTIVE).tag("pool", "tepaitest").gauge().value());
        assertEquals(5, registry.get(DatabasePools.IDLE).tag("pool", "tepaitest").gauge().value());
        assertEquals(8, registry.get(DatabasePools.MAX).tag("pool", "tepaitest").gauge().value());
        assertEquals(0, registry.get(DatabasePools.WAITING).tag("pool", "tepaitest").gauge().value());
        pool.active = 7;
        assertEquals(7, registry.get(DatabasePools.ACTIVE).tag("pool", "tepaitest").gauge().value());
    }

    @Test
    void aPoolThatWentAwayReadsAsNotANumber() throws Exception {
        server.registerMBean(new FakePool(), name);
        pools.bindTo(registry);
        server.unregisterMBean(name);

        assertTrue(Double.isNaN(registry.get(DatabasePools.ACTIVE).tag("pool", "tepaitest").gauge().value()));
    }
}
