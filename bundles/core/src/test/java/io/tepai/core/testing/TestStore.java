package io.tepai.core.testing;

import io.tepai.store.Store;
import io.tepai.store.testing.MigratedDatabase;
import io.tepai.store.testing.StatementCounter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real store for a service test: the test run's migrated in-memory Derby ({@link MigratedDatabase}, from the
 * store's test jar), put back to the state the migrations leave.
 */
public final class TestStore implements AutoCloseable {

    private final MigratedDatabase database;

    private TestStore(MigratedDatabase database) {
        this.database = database;
    }

    public static TestStore open() {
        return new TestStore(MigratedDatabase.reset());
    }

    public Store store() {
        return database.store();
    }

    /**
     * Forgets every entity the store's shared cache holds, so that the next read goes to the database as the first
     * read after a restart would: for counting statements fairly.
     */
    public void coldCache() {
        database.store().evictCache();
    }

    /** Counts the SQL statements the store sends (issue 17: tests that prove there is no query per row). */
    public StatementCounter statements() {
        return database.statements();
    }

    /** Runs a query returning one number over plain JDBC, e.g. {@code SELECT COUNT(*) FROM specialist}. */
    public long count(String sql) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs statements over plain JDBC, for rows a test needs but whose making it is not about. */
    public void execute(String... sql) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.executeUpdate(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", sql), e);
        }
    }

    /** Nothing to free: the next {@link #open()} resets the shared database. */
    @Override
    public void close() {
    }
}
