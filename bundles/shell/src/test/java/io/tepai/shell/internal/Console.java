package io.tepai.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;

/**
 * What a command wrote to stdout, its errors (what it wrote to stderr and the message Karaf prints when it fails),
 * and how it failed; the commands write to System.out/err as Karaf redirects those.
 */
record Console(String out, String err, CommandException failure) {

    /** A command run; {@code command::execute} is one. */
    interface Execution {
        void run() throws Exception;
    }

    static Console capture(Execution command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        CommandException failure = null;
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            command.run();
        } catch (CommandException e) {
            // Karaf prints a failed command's message on the session's console (the terminal; stdout of an ssh
            // exec); kept apart from out here, with what the command wrote to stderr
            failure = e;
            System.err.println(e.getNiceHelp());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Console(outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8),
                failure);
    }

    /** Whether the command failed, as Karaf sees it: an ssh exec of it ends with a non-zero status. */
    boolean failed() {
        return failure != null;
    }

    List<String> lines() {
        return out.lines().toList();
    }

    /**
     * The stripped cells of one table line; ShellTable draws │ or |, depending on the platform charset. Empty last
     * cells are kept (limit -1), so that a row's blank trailing columns can be asserted.
     */
    static List<String> cells(String line) {
        return Arrays.stream(line.split("[│|]", -1)).map(String::strip).toList();
    }
}
