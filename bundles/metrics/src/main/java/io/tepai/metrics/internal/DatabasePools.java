package io.tepai.metrics.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * The database connection pools' use, read from the JMX beans commons-pool2 registers for every pool. The store's
 * data source comes from pax-jdbc-config with {@code pool = dbcp2} (etc/org.ops4j.datasource-tepai.cfg), a DBCP2
 * pool on commons-pool2's {@code GenericObjectPool}, whose bean pax-jdbc names
 * {@code org.ops4j.pax.jdbc.pool.dbcp2:type=GenericObjectPool,name=<dataSourceName>}; any domain is taken, so a pool
 * made with commons-pool2's own naming counts too. Reading beans keeps this bundle free of the pool's classes, which
 * the data source does not export anyway. A pool whose bean is gone reads as NaN.
 */
class DatabasePools {

    static final String ACTIVE = "tepai.db.pool.active";
    static final String IDLE = "tepai.db.pool.idle";
    static final String MAX = "tepai.db.pool.max";
    static final String WAITING = "tepai.db.pool.waiting";

    private static final ObjectName POOLS = name("*:type=GenericObjectPool,*");

    private final MBeanServer server;
    private final Set<ObjectName> bound = ConcurrentHashMap.newKeySet();

    DatabasePools(MBeanServer server) {
        this.server = server;
    }

    /** Adds the gauges of pools that appeared since the last call; cheap enough to call on every scrape. */
    void bindTo(MeterRegistry registry) {
        for (ObjectName pool : server.queryNames(POOLS, null)) {
            if (bound.add(pool)) {
                String label = pool.getKeyProperty("name") == null ? pool.toString() : pool.getKeyProperty("name");
                gauge(registry, ACTIVE, "Connections lent out", pool, label, "NumActive");
                gauge(registry, IDLE, "Connections open and idle in the pool", pool, label, "NumIdle");
                gauge(registry, MAX, "Most connections the pool opens (negative: no limit)", pool, label, "MaxTotal");
                gauge(registry, WAITING, "Threads waiting for a connection", pool, label, "NumWaiters");
            }
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, ObjectName pool, String label,
                       String attribute) {
        Gauge.builder(name, server, s -> read(s, pool, attribute))
                .description(description)
                .tag("pool", label)
                .register(registry);
    }

    private static double read(MBeanServer server, ObjectName pool, String attribute) {
        try {
            return server.getAttribute(pool, attribute) instanceof Number number ? number.doubleValue() : Double.NaN;
        } catch (JMException e) {
            return Double.NaN;
        }
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(name, e);
        }
    }
}
