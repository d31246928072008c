package io.tepai.shell.internal;

import org.apache.karaf.shell.api.console.CommandLine;

/** What the completers that offer ids with descriptions share. */
final class Completions {

    private Completions() {
    }

    /** The part of the current word before the cursor. */
    static String typed(CommandLine commandLine) {
        String word = commandLine.getCursorArgument();
        return word == null ? "" : word.substring(0, Math.min(commandLine.getArgumentPosition(), word.length()));
    }
}
