package io.tepai.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for the tests, so that {@code mvn -B verify} proves the store on PostgreSQL on a machine with no
 * database server installed.
 *
 * <p>When {@code -Dtepai.pg.url=jdbc:postgresql://host:port/db} is given (with {@code -Dtepai.pg.user} and
 * {@code -Dtepai.pg.password}), that server is used: the tests create and drop databases of their own on it, so the
 * user needs CREATEDB. Otherwise PostgreSQL's binaries from Maven Central ({@link PostgresBinaries}) are unpacked
 * into a temporary folder, a cluster is made with {@code initdb} and {@code postgres} is started on a free port for the
 * rest of the JVM. zonky's own launcher is not used because PostgreSQL refuses to run as root, and CI runs as root
 * (see {@link PostgresBinaries}). The folder is under {@code java.io.tmpdir}, not {@code target/}, because a checkout
 * under {@code /root} cannot be entered by the user the server then runs as.
 */
public final class PostgresServer {

    private static PostgresServer shared;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    /** The database the server was given (or {@code postgres}): where databases are created and dropped from. */
    private final String adminDatabase;

    private PostgresServer(String host, int port, String user, String password, String adminDatabase) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.adminDatabase = adminDatabase;
    }

    /** The configured server, or the embedded one started on first use. */
    public static synchronized PostgresServer get() {
        if (shared == null) {
            String url = System.getProperty("tepai.pg.url", "");
            shared = url.isBlank() ? startEmbedded() : configured(url);
        }
        return shared;
    }

    /** A fresh, empty database of its own on this server; drop it with {@link #drop(String)}. */
    public String createDatabase() {
        String name = "tepai_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        return name;
    }

    /** Drops a database made by {@link #createDatabase()}, closing what is still connected to it. */
    public void drop(String database) {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /**
     * The options by which a PostgreSQL client program ({@code pg_dump}, {@code pg_restore}, {@code psql}) reaches
     * {@code database} on this server; its password goes in the environment as {@code PGPASSWORD}.
     */
    public List<String> clientOptions(String database) {
        return List.of("-h", host, "-p", Integer.toString(port), "-U", user, "-d", database);
    }

    public String password() {
        return password;
    }

    public DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {host});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private void admin(String sql) {
        try (Connection connection = dataSource(adminDatabase).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on PostgreSQL " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private static PostgresServer configured(String url) {
        // jdbc:postgresql://host[:port]/database[?...]
        String rest = url.replaceFirst("^jdbc:postgresql://", "");
        if (rest.equals(url) || !rest.contains("/")) {
            throw new IllegalArgumentException("tepai.pg.url must look like jdbc:postgresql://host:port/database: " + url);
        }
        String hostPort = rest.substring(0, rest.indexOf('/'));
        String database = rest.substring(rest.indexOf('/') + 1).replaceFirst("\\?.*", "");
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
        return new PostgresServer(host, port, System.getProperty("tepai.pg.user", "postgres"),
                System.getProperty("tepai.pg.password", ""), database);
    }

    private static PostgresServer startEmbedded() {
        try {
            Path base = Files.createTempDirectory("tepai-pg-");
            PostgresBinaries binaries = PostgresBinaries.unpackInto(base);
            Path data = base.resolve("data");
            Path log = base.resolve("server.log");
            binaries.initdb(data, base.resolve("initdb.log"), "-N");
            int port = PostgresBinaries.freePort();
            // a test cluster: durability buys nothing, speed does
            Process server = binaries.startServer(data, port, base, log, "fsync=off", "synchronous_commit=off",
                    "full_page_writes=off", "max_connections=300");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, base), "tepai-pg-stop"));
            PostgresServer started = new PostgresServer("127.0.0.1", port, "postgres", "", "postgres");
            started.awaitReady(server, log);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    private void awaitReady(Process server, Path log) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The embedded PostgreSQL stopped at start:\n"
                        + PostgresBinaries.tail(log));
            }
            try (Connection connection = dataSource(adminDatabase).getConnection()) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            sleep(100);
        }
        throw new IllegalStateException("The embedded PostgreSQL did not answer within 60 s:\n"
                + PostgresBinaries.tail(log), last);
    }

    private static void stop(Process server, Path base) {
        PostgresBinaries.stopFast(server, 10);
        try (Stream<Path> paths = Files.walk(base)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing the test run for
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }
}
