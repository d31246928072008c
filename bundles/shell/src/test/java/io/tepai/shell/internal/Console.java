package io.tepai.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** What a command wrote to stdout and stderr; the commands write to System.out/err as Karaf redirects those. */
record Console(String out, String err) {

    static Console capture(Runnable command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            command.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Console(outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
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
