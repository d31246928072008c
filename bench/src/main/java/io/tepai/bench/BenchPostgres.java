package io.tepai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import io.tepai.store.testing.PostgresBinaries;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The benchmark's own PostgreSQL: zonky's binaries from Maven Central ({@link PostgresBinaries}, as store's tests use
 * them), a cluster that stays on disk so that a data set loaded once is measured again by the next run, started for
 * the run and stopped after it. Unlike the tests' throw-away cluster it keeps PostgreSQL's durability settings: the figures are meant
 * for a production server.
 *
 * <p>PostgreSQL refuses to run as root; as root the cluster belongs to an unprivileged user, who must be able to reach
 * the folder: when one of its parents is closed to others (a checkout under {@code /root}), the cluster goes to
 * {@code /var/tmp/tepai-bench-postgres} instead, and {@link #folder()} says where.
 */
final class BenchPostgres implements AutoCloseable {

    static final String DATABASE = "tepai";

    private final Path folder;
    private final Process server;
    private final int port;

    private BenchPostgres(Path folder, Process server, int port) {
        this.folder = folder;
        this.server = server;
        this.port = port;
    }

    /** Starts the cluster in {@code wanted} (made on first use), with an empty database {@value #DATABASE} in it. */
    static BenchPostgres start(Path wanted) throws IOException {
        Path folder = PostgresBinaries.asRoot() && !reachableByOthers(wanted.toAbsolutePath().getParent())
                ? Path.of("/var/tmp/tepai-bench-postgres").resolve(wanted.getFileName()) : wanted.toAbsolutePath();
        Path data = folder.resolve("data");
        PostgresBinaries binaries;
        if (Files.exists(data.resolve("PG_VERSION"))) {
            binaries = PostgresBinaries.unpackedIn(folder);
        } else {
            BenchFiles.delete(folder);
            binaries = PostgresBinaries.unpackInto(folder);
            binaries.initdb(data, folder.resolve("initdb.log"));
        }
        int port = PostgresBinaries.freePort();
        Path log = folder.resolve("server.log");
        Process server = binaries.startServer(data, port, folder, log, "max_connections=100");
        BenchPostgres postgres = new BenchPostgres(folder, server, port);
        postgres.awaitReady(log);
        return postgres;
    }

    Path folder() {
        return folder;
    }

    PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser("postgres");
        return dataSource;
    }

    /** Drops and makes {@value #DATABASE} anew: a data set that was not loaded completely is not measured. */
    void recreateDatabase() throws SQLException {
        try (Connection connection = dataSource("postgres").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    private void awaitReady(Path log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("PostgreSQL stopped at start:\n" + Files.readString(log));
            }
            try (Connection connection = dataSource("postgres").getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '"
                         + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
                }
                return;
            } catch (SQLException e) {
                last = e;
            }
            sleep();
        }
        throw new IllegalStateException("PostgreSQL did not answer within 120 s; see " + log, last);
    }

    /** A fast shutdown: the cluster is consistent on disk for the next run. */
    @Override
    public void close() {
        PostgresBinaries.stopFast(server, 60);
    }

    private static boolean reachableByOthers(Path folder) throws IOException {
        for (Path path = folder; path != null; path = path.getParent()) {
            if (Files.exists(path)
                    && !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }
}
