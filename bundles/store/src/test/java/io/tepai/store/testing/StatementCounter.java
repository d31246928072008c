package io.tepai.store.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    /** The SQL of the statements prepared while {@link #sqlDuring} runs, else null. */
    private volatile List<String> recording;
    /** The statements prepared while {@link #sentDuring} runs, with their parameters, else null. */
    private volatile List<Sent> sending;

    /** The data source whose connections count their statements here. */
    DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, forward(target, (method, args, result) -> {
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, forward(connection, (m, a, r) -> {
                                    if (STATEMENTS.contains(m.getName())) {
                                        statements.incrementAndGet();
                                        record(a);
                                        if (r instanceof PreparedStatement prepared && sending != null
                                                && a != null && a[0] instanceof String text) {
                                            return binding(prepared, text);
                                        }
                                        if (r instanceof Statement statement && !(r instanceof PreparedStatement)) {
                                            // its SQL comes with each execution (EclipseLink's unbound queries)
                                            return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                                                    new Class<?>[] {Statement.class}, forward(statement,
                                                            (sm, sa, sr) -> {
                                                                if (sm.getName().startsWith("execute")) {
                                                                    record(sa);
                                                                }
                                                                return sr;
                                                            }));
                                        }
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

    private void record(Object[] args) {
        List<String> sql = recording;
        if (sql != null && args != null && args.length > 0 && args[0] instanceof String text) {
            sql.add(text);
        }
    }

    /**
     * The SQL of the statements {@code work} prepares, in order: for tests that prove what an operation reads, e.g.
     * aggregates rather than rows (issue 17). A statement created without SQL ({@code createStatement}) is listed by
     * the SQL it executes.
     */
    public synchronized List<String> sqlDuring(Runnable work) {
        List<String> sql = Collections.synchronizedList(new ArrayList<>());
        recording = sql;
        try {
            work.run();
        } finally {
            recording = null;
        }
        return List.copyOf(sql);
    }

    /**
     * The statements {@code work} prepares, in order, each with the parameters bound to it: for tests that replay a
     * query, e.g. under {@code EXPLAIN} (issue 17, ListQueryPlanTest).
     */
    public synchronized List<Sent> sentDuring(Runnable work) {
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        sending = sent;
        try {
            work.run();
        } finally {
            sending = null;
        }
        return List.copyOf(sent);
    }

    /** A prepared statement that notes in a new {@link Sent} what is bound to it. */
    private PreparedStatement binding(PreparedStatement prepared, String sql) {
        Sent sent = new Sent(sql, Collections.synchronizedList(new ArrayList<>()));
        sending.add(sent);
        return (PreparedStatement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, forward(prepared, (method, args, result) -> {
                    if (method.getName().startsWith("set") && args != null && args.length >= 2
                            && args[0] instanceof Integer) {
                        sent.bindings().add(new Binding(method, args.clone()));
                    }
                    return result;
                }));
    }

    /** One {@code setXxx(index, value...)} call on a prepared statement. */
    public record Binding(Method method, Object[] args) {
    }

    /** A prepared statement's SQL and the calls that bound its parameters, in order. */
    public record Sent(String sql, List<Binding> bindings) {

        /** Binds the same parameters to {@code statement}, a statement with the same parameter markers. */
        public void bindTo(PreparedStatement statement) throws SQLException {
            for (Binding binding : bindings) {
                try {
                    binding.method().invoke(statement, binding.args());
                } catch (ReflectiveOperationException e) {
                    throw new SQLException("Cannot replay " + binding.method().getName() + " on " + sql, e);
                }
            }
        }
    }

    private interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    private static InvocationHandler forward(Object target, After after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type
                    && type.isInstance(proxy)) {
                return proxy;
            }
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
