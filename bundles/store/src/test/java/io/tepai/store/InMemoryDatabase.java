package io.tepai.store;

import io.tepai.store.internal.JpaStore;
import io.tepai.store.testing.MigratedDatabase;
import io.tepai.store.testing.PostgresServer;
import io.tepai.store.testing.StatementCounter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * A database for one test — an in-memory Derby, or a database on {@link PostgresServer} when the run is on PostgreSQL
 * ({@link MigratedDatabase#onPostgres()}): the test run's migrated database put back to its migrated state
 * ({@link #withStore()}), or a fresh, private one, empty or with its own {@link JpaStore} — for tests of migrating,
 * opening and closing, or of locks. {@link #close()} closes and drops a private database.
 *
 * <pre>
 * try (InMemoryDatabase db = InMemoryDatabase.withStore()) {
 *     db.store().read(repos -> ...);
 * }
 * </pre>
 */
public final class InMemoryDatabase implements AutoCloseable {

    static {
        // keep derby.log out of the module directory
        System.setProperty("derby.stream.error.file", "target/derby.log");
        System.setProperty("derby.system.durability", "test");
    }

    /** The private database's name; null for the test run's shared one. */
    private final String name;
    private final DataSource dataSource;
    private final StatementCounter statements;
    private JpaStore store;

    private InMemoryDatabase() {
        if (MigratedDatabase.onPostgres()) {
            this.name = PostgresServer.get().createDatabase();
            this.dataSource = PostgresServer.get().dataSource(name);
            this.statements = null;
            return;
        }
        this.name = "memory:tepai-" + UUID.randomUUID();
        EmbeddedDataSource embedded = new EmbeddedDataSource();
        embedded.setDatabaseName(name);
        embedded.setCreateDatabase("create");
        this.dataSource = embedded;
        this.statements = null;
    }

    /** True when this test run is on PostgreSQL, for the few assertions about a database's own behaviour. */
    public static boolean onPostgres() {
        return MigratedDatabase.onPostgres();
    }

    private InMemoryDatabase(MigratedDatabase shared) {
        this.name = null;
        this.dataSource = shared.dataSource();
        this.statements = shared.statements();
        this.store = shared.store();
    }

    /** An empty database: no schema yet. */
    public static InMemoryDatabase empty() {
        return new InMemoryDatabase();
    }

    /** The test run's migrated database with its open {@link JpaStore}, as the migrations left it. */
    public static InMemoryDatabase withStore() {
        return new InMemoryDatabase(MigratedDatabase.reset());
    }

    /** A private migrated database with a {@link JpaStore} of its own, for tests that close it or hold locks. */
    public static InMemoryDatabase privateStore() {
        InMemoryDatabase db = new InMemoryDatabase();
        try {
            db.store = JpaStore.open(db.dataSource, new PersistenceProvider());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the store on " + db.name, e);
        }
        return db;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The statements the shared database's store sends ({@link #withStore()} only). */
    public StatementCounter statements() {
        if (statements == null) {
            throw new IllegalStateException("Only the shared database counts statements");
        }
        return statements;
    }

    public JpaStore store() {
        if (store == null) {
            throw new IllegalStateException("This database was created without a store");
        }
        return store;
    }

    /** Runs a query that returns one number, e.g. {@code SELECT COUNT(*) FROM specialist}, over plain JDBC. */
    public long count(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("No row from " + sql);
            }
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row of a query, as strings, over plain JDBC. */
    public List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs one SQL update over plain JDBC, outside the store, and returns the number of rows changed. */
    public int execute(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        if (name == null) {
            return; // the shared database stays for the next test
        }
        if (store != null) {
            store.close();
        }
        if (MigratedDatabase.onPostgres()) {
            PostgresServer.get().drop(name);
            return;
        }
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(name);
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException e) {
            // Derby reports a successful drop as SQL state 08006; XJ004: the test never connected, nothing to drop
            if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot drop " + name, e);
            }
        }
    }
}
