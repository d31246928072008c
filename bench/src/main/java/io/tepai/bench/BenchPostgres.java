package io.tepai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.postgresql.ds.PGSimpleDataSource;
import org.tukaani.xz.XZInputStream;

/**
 * The benchmark's own PostgreSQL: zonky's binaries from Maven Central (as store's tests use them), a cluster that
 * stays on disk so that a data set loaded once is measured again by the next run, started for the run and stopped
 * after it. Unlike the tests' throw-away cluster it keeps PostgreSQL's durability settings: the figures are meant
 * for a production server.
 *
 * <p>PostgreSQL refuses to run as root; as root the cluster belongs to the unprivileged user 65534 and the server
 * runs as that user through {@code setpriv}. That user must be able to reach the folder: when one of its parents is
 * closed to others (a checkout under {@code /root}), the cluster goes to {@code /var/tmp/tepai-bench-postgres}
 * instead, and {@link #folder()} says where.
 */
final class BenchPostgres implements AutoCloseable {

    private static final String NOBODY = "65534";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
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
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = root && !reachableByOthers(wanted.toAbsolutePath().getParent())
                ? Path.of("/var/tmp/tepai-bench-postgres").resolve(wanted.getFileName()) : wanted.toAbsolutePath();
        Path data = folder.resolve("data");
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            BenchFiles.delete(folder);
            unpack(folder.resolve("pg"));
            if (root) {
                run(false, folder.resolve("chown.log"), "chown", "-R", NOBODY + ":" + NOBODY, folder.toString());
            }
            run(root, folder.resolve("initdb.log"), folder.resolve("pg/bin/initdb").toString(), "-D",
                    data.toString(), "-U", "postgres", "-E", "UTF8", "--lc-collate=C", "--lc-ctype=C.UTF-8",
                    "--auth=trust");
        }
        int port = freePort();
        Path log = folder.resolve("server.log");
        Process server = start(root, log, folder.resolve("pg/bin/postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port), "-k", folder.toString(), "-c", "listen_addresses=127.0.0.1",
                "-c", "max_connections=100");
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

    /** A fast shutdown (SIGINT): the cluster is consistent on disk for the next run. */
    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).start().waitFor(5, TimeUnit.SECONDS);
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
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

    /** Unpacks the binaries jar's archive, keeping the executable bits and the libraries' symbolic links. */
    private static void unpack(Path target) throws IOException {
        InputStream archive = BenchPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the class path (no zonky build for this platform):"
                    + " give an external server with -Dbench.jdbc.url");
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

    private static Process start(boolean root, Path log, String... command) throws IOException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        full.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        return builder.start();
    }

    private static void run(boolean root, Path log, String... command) throws IOException {
        Files.createDirectories(log.getParent());
        Process process = start(root, log, command);
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command[0], e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
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
