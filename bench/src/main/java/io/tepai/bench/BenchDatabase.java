package io.tepai.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the data set lives ({@code -Dbench.database}): an embedded Derby database on disk (Tepai's default store),
 * the benchmark's own PostgreSQL ({@link BenchPostgres}), or an external PostgreSQL given by {@code -Dbench.jdbc.url}
 * (with {@code .user} and {@code .password}), whose database the benchmark loads once and then only reads and
 * evaluates in. Each kept folder is named after the data set, so another preset or seed gets a database of its own.
 */
final class BenchDatabase implements AutoCloseable {

    private final String description;
    private final DataSource dataSource;
    private final Reset reset;
    private final AutoCloseable stop;

    /** Makes the database empty again, for a data set whose load did not finish. */
    private interface Reset {
        void run() throws Exception;
    }

    private BenchDatabase(String description, DataSource dataSource, Reset reset, AutoCloseable stop) {
        this.description = description;
        this.dataSource = dataSource;
        this.reset = reset;
        this.stop = stop;
    }

    /**
     * Opens the database of {@code kind} ({@code derby} or {@code postgresql}) for the data set {@code name}, under
     * {@code target}; {@code jdbcUrl} (blank for none) names an external PostgreSQL instead of the embedded one.
     */
    static BenchDatabase open(String kind, Path target, String name, String jdbcUrl, String user, String password)
            throws IOException {
        switch (kind.strip()) {
            case "derby" -> {
                Path folder = target.resolve("bench-db").resolve(name).toAbsolutePath();
                EmbeddedDataSource derby = derby(folder, "create");
                return new BenchDatabase("Derby (embedded) in " + folder, derby, () -> {
                    shutDown(folder);
                    BenchFiles.delete(folder);
                }, () -> shutDown(folder));
            }
            case "postgresql" -> {
                if (!jdbcUrl.isBlank()) {
                    PGSimpleDataSource external = new PGSimpleDataSource();
                    external.setUrl(jdbcUrl);
                    external.setUser(user);
                    external.setPassword(password);
                    return new BenchDatabase("PostgreSQL (external) at " + jdbcUrl, external, () -> {
                        throw new IllegalStateException(jdbcUrl + " holds a data set other than " + name
                                + " (or one loaded only in part): give the benchmark an empty database");
                    }, () -> { });
                }
                BenchPostgres server = BenchPostgres.start(target.resolve("postgres").resolve(name));
                String version = "PostgreSQL (embedded, zonky's binaries) in " + server.folder();
                return new BenchDatabase(version, server.dataSource(BenchPostgres.DATABASE),
                        server::recreateDatabase, server);
            }
            default -> throw new IllegalArgumentException("bench.database must be derby or postgresql, not '"
                    + kind + "'");
        }
    }

    String description() {
        return description;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** The product name and version the driver reports, for the report. */
    String product() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    /**
     * After a bulk load, what an operator does after one: on PostgreSQL {@code ANALYZE}, so that the planner knows
     * the tables' new sizes before autovacuum gets to them (Derby updates its statistics itself).
     */
    void analyze() throws SQLException {
        if (product().startsWith("PostgreSQL")) {
            execute("ANALYZE");
        }
    }

    void reset() throws Exception {
        reset.run();
    }

    /** One number from one query (counts); 0 when the table is not there yet (an empty database). */
    long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException absent) {
            return 0;
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @Override
    public void close() throws Exception {
        stop.close();
    }

    private static EmbeddedDataSource derby(Path folder, String create) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.toString());
        derby.setCreateDatabase(create);
        return derby;
    }

    private static void shutDown(Path folder) {
        EmbeddedDataSource derby = derby(folder, null);
        derby.setShutdownDatabase("shutdown");
        try (Connection ignored = derby.getConnection()) {
            // a shut-down database answers with an SQLException, never a connection
        } catch (SQLException shutDown) {
            // 08006: the database was shut down, as asked
        }
    }
}
