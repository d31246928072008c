package io.tepai.store.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the SQL statements the store sends, at the JDBC boundary: every statement a connection of the wrapped data
 * source prepares or creates, whether EclipseLink reads an entity, a lazy collection or a batch of them. For tests
 * that prove an operation issues a bounded number of queries whatever the number of rows (issue 17: no N+1).
 * EclipseLink here caches no statements, so each execution prepares one.
 */
public final class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final AtomicLong statements = new AtomicLong();

    /** The data source whose connections count their statements here. */
    DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, forward(target, (method, result) -> {
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, forward(connection, (m, r) -> {
                                    if (STATEMENTS.contains(m.getName())) {
                                        statements.incrementAndGet();
                                    }
                                    return r;
                                }));
                    }
                    return result;
                }));
    }

    /** How many statements were sent since the last {@link #reset()}. */
    public long count() {
        return statements.get();
    }

    public void reset() {
        statements.set(0);
    }

    /** How many statements {@code work} sends. */
    public long during(Runnable work) {
        long before = statements.get();
        work.run();
        return statements.get() - before;
    }

    private interface After {
        Object apply(Method method, Object result);
    }

    private static InvocationHandler forward(Object target, After after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type
                    && type.isInstance(proxy)) {
                return proxy;
            }
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
