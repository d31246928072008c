package io.tepai.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * An exclusive lock on a table that holds no rows, taken in a transaction of a connection of its own and held until
 * {@link #close()}: the one way to order nodes that share nothing but the database. A table lock, because Derby and
 * PostgreSQL both have {@code LOCK TABLE … IN EXCLUSIVE MODE} (PostgreSQL's advisory locks have no Derby
 * counterpart). The connection is separate because the guarded work commits on others, and a commit on the lock's
 * connection would release it. PostgreSQL waits for the lock without limit, and frees it when the holder's
 * connection drops (a node killed); Derby can be opened by one JVM only, so there it orders the threads of one JVM.
 */
final class DatabaseLock implements AutoCloseable {

    private static final Pattern TABLE = Pattern.compile("tepai_[a-z_]+");

    private final Connection connection;

    private DatabaseLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Locks {@code table}, creating it when missing, and waits while another holds it. Two nodes may both find the
     * table missing: the one whose CREATE fails finds it made by the other.
     */
    static DatabaseLock hold(DataSource dataSource, String table) throws SQLException {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a lock table name: " + table);
        }
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            if (!Migrator.tableExists(connection, table)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE " + table + " (id INTEGER NOT NULL PRIMARY KEY)");
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    if (!Migrator.tableExists(connection, table)) {
                        throw e;
                    }
                    connection.commit();
                }
            }
            while (true) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
                    return new DatabaseLock(connection);
                } catch (SQLException e) {
                    // Derby gives up waiting after derby.locks.waitTimeout (60 s), while the holder may well need
                    // longer (a demo load): wait again
                    if (!JpaStore.TRANSIENT_STATES.contains(e.getSQLState())) {
                        throw e;
                    }
                    connection.rollback();
                }
            }
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Ends the lock's transaction: the next holder goes on. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
