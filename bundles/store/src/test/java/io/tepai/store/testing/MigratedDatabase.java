package io.tepai.store.testing;

import io.tepai.store.internal.JpaStore;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * One database for a whole test run — an in-memory Derby, or with {@code -Dtepai.test.database=postgresql} a database
 * of its own on {@link PostgresServer} (the store's, core's and demo's second surefire execution) — migrated, with a {@link JpaStore} open on it — put back to the
 * state the migrations leave before each test that asks for it. Migrating a database and building an
 * EntityManagerFactory took most of the time of the store's and core's tests when each test did both; resetting
 * instead empties every table children first, puts the migrations' own rows back (counties and their industries,
 * the schema version), restarts the identity columns the last test moved, and empties the factory's shared cache
 * so that no entity outlives its row. Shared with core's tests through the store's test jar.
 */
public final class MigratedDatabase {

    static {
        // keep derby.log out of the module directory
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    /** The system property that selects the database the tests run on: {@code derby} (default) or {@code postgresql}. */
    public static final String DATABASE_PROPERTY = "tepai.test.database";

    private static MigratedDatabase shared;

    private final DataSource dataSource;
    /** Counts what the store sends; the resets and the tests' own JDBC go to {@link #dataSource} uncounted. */
    private final StatementCounter statements = new StatementCounter();
    private final JpaStore store;
    /** Tables in an order in which each is emptied before the tables it references. */
    private final List<String> childrenFirst;
    /** The rows the migrations inserted, by table. */
    private final Map<String, List<Object[]>> migratedRows = new LinkedHashMap<>();
    /** The identity column of each table that has one. */
    private final Map<String, String> identityColumns = new HashMap<>();
    /** The next identity value of each such table right after the migrations. */
    private final Map<String, Long> migratedIdentities;

    /** The database of this test run, as the migrations left it. */
    public static synchronized MigratedDatabase reset() {
        try {
            if (shared == null) {
                shared = new MigratedDatabase();
            } else {
                shared.restoreMigratedState();
            }
            return shared;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the migrated test database", e);
        }
    }

    public JpaStore store() {
        return store;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The statements the store sends to this database. */
    public StatementCounter statements() {
        return statements;
    }

    /** True when this test run is on PostgreSQL rather than the in-memory Derby. */
    public static boolean onPostgres() {
        String database = System.getProperty(DATABASE_PROPERTY, "derby");
        if (!database.equals("derby") && !database.equals("postgresql")) {
            throw new IllegalArgumentException(DATABASE_PROPERTY + " must be derby or postgresql, not " + database);
        }
        return database.equals("postgresql");
    }

    /** The schema the tables are in: Derby's default for user APP, PostgreSQL's default. */
    private static String schema() {
        return onPostgres() ? "public" : "APP";
    }

    private MigratedDatabase() throws SQLException {
        if (onPostgres()) {
            PostgresServer server = PostgresServer.get();
            dataSource = server.dataSource(server.createDatabase());
        } else {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("memory:tepai-migrated");
            derby.setCreateDatabase("create");
            dataSource = derby;
        }
        store = JpaStore.open(statements.wrap(dataSource), new PersistenceProvider());
        try (Connection connection = dataSource.getConnection()) {
            childrenFirst = childrenFirst(connection);
            for (String table : childrenFirst) {
                migratedRows.put(table, rowsOf(connection, table));
            }
            migratedIdentities = identityValues(connection);
        }
    }

    private void restoreMigratedState() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            if (onPostgres()) {
                // one statement for all tables: PostgreSQL empties them at once, whatever references what
                statement.executeUpdate("TRUNCATE " + String.join(", ", childrenFirst));
            } else {
                for (String table : childrenFirst) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
            List<String> parentsFirst = new ArrayList<>(childrenFirst);
            Collections.reverse(parentsFirst);
            for (String table : parentsFirst) {
                insert(connection, table, migratedRows.get(table));
            }
            connection.commit();
            if (onPostgres()) {
                restartPostgresIdentities(statement);
                connection.commit();
                store.evictCache();
                return;
            }
            // DDL is slow in Derby: restart only the identities the last test moved
            Map<String, Long> moved = identityValues(connection);
            for (Map.Entry<String, Long> identity : migratedIdentities.entrySet()) {
                if (!identity.getValue().equals(moved.get(identity.getKey()))) {
                    statement.executeUpdate("ALTER TABLE " + identity.getKey() + " ALTER COLUMN "
                            + identityColumns.get(identity.getKey()) + " RESTART WITH " + identity.getValue());
                }
            }
            connection.commit();
        }
        store.evictCache();
    }

    /** Every identity back to its migrated next value, in one statement (setval is not DDL on PostgreSQL). */
    private void restartPostgresIdentities(Statement statement) throws SQLException {
        if (migratedIdentities.isEmpty()) {
            return;
        }
        List<String> calls = new ArrayList<>();
        for (Map.Entry<String, Long> identity : migratedIdentities.entrySet()) {
            calls.add("setval(pg_get_serial_sequence('" + identity.getKey() + "', '"
                    + identityColumns.get(identity.getKey()) + "'), " + identity.getValue() + ", false)");
        }
        statement.executeQuery("SELECT " + String.join(", ", calls)).close();
    }

    private static List<String> childrenFirst(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(null, schema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                parents.put(tables.getString("TABLE_NAME"), new LinkedHashSet<>());
            }
        }
        for (String table : parents.keySet()) {
            try (ResultSet keys = meta.getImportedKeys(null, schema(), table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(table)) {
                        parents.get(table).add(parent);
                    }
                }
            }
        }
        // a table goes after every table that references it has gone
        List<String> order = new ArrayList<>();
        Set<String> remaining = new LinkedHashSet<>(parents.keySet());
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(candidate -> remaining.stream().noneMatch(other -> parents.get(other).contains(candidate)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Foreign key cycle among " + remaining));
            order.add(next);
            remaining.remove(next);
        }
        return order;
    }

    private static List<Object[]> rowsOf(Connection connection, String table) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void insert(Connection connection, String table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String marks = String.join(",", Collections.nCopies(rows.get(0).length, "?"));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " VALUES (" + marks + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The next value of every identity column, by table, from the database's catalogue. */
    private Map<String, Long> identityValues(Connection connection) throws SQLException {
        return onPostgres() ? postgresIdentityValues(connection) : derbyIdentityValues(connection);
    }

    private Map<String, Long> postgresIdentityValues(Connection connection) throws SQLException {
        Map<String, Long> values = new HashMap<>();
        // one query for all tables: pg_sequences knows each identity's sequence and its last value (null: unused)
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT c.table_name, c.column_name, s.last_value,"
                     + " s.start_value FROM information_schema.columns c JOIN pg_sequences s"
                     + " ON s.schemaname || '.' || s.sequencename"
                     + " = pg_get_serial_sequence(c.table_schema || '.' || c.table_name, c.column_name)"
                     + " WHERE c.table_schema = current_schema() AND c.is_identity = 'YES'")) {
            while (result.next()) {
                identityColumns.put(result.getString(1), result.getString(2));
                long last = result.getLong(3);
                values.put(result.getString(1), result.wasNull() ? result.getLong(4) : last + 1);
            }
        }
        return values;
    }

    private Map<String, Long> derbyIdentityValues(Connection connection) throws SQLException {
        Map<String, Long> values = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT t.TABLENAME, c.COLUMNNAME, c.AUTOINCREMENTVALUE"
                     + " FROM SYS.SYSCOLUMNS c JOIN SYS.SYSTABLES t ON c.REFERENCEID = t.TABLEID"
                     + " JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID"
                     + " WHERE s.SCHEMANAME = 'APP' AND c.AUTOINCREMENTVALUE IS NOT NULL")) {
            while (result.next()) {
                identityColumns.put(result.getString(1), result.getString(2));
                values.put(result.getString(1), result.getLong(3));
            }
        }
        return values;
    }
}
