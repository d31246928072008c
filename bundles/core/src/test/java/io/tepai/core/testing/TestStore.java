package io.tepai.core.testing;

import io.tepai.store.Store;
import io.tepai.store.internal.JpaStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The real store on a fresh, private in-memory Derby database (migrated, with the eleven counties).
 * {@link #close()} closes it and drops the database. A trimmed copy of the store module's test helper,
 * whose test classes core cannot see.
 */
public final class TestStore implements AutoCloseable {

    static {
        // keep derby.log out of the module directory
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private final String name = "memory:tepai-core-" + UUID.randomUUID();
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final JpaStore store;

    private TestStore() throws SQLException {
        dataSource.setDatabaseName(name);
        dataSource.setCreateDatabase("create");
        store = JpaStore.open(dataSource, new PersistenceProvider());
    }

    public static TestStore open() {
        try {
            return new TestStore();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open an in-memory store", e);
        }
    }

    public Store store() {
        return store;
    }

    /** Runs a query returning one number over plain JDBC, e.g. {@code SELECT COUNT(*) FROM specialist}. */
    public long count(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        store.close();
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(name);
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) { // 08006 is Derby's "dropped"
                throw new IllegalStateException("Cannot drop " + name, e);
            }
        }
    }
}
