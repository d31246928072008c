package io.tepai.shell.internal;

import io.tepai.api.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.karaf.shell.api.console.Session;

/**
 * Asks for a new password on the console, twice and without echo. The password never appears in the command line,
 * so it stays out of the shell history. Its rules (length) are checked by the account service, not here.
 */
final class PasswordPrompt {

    static final Character MASK = '*';

    private PasswordPrompt() {
    }

    /**
     * The password typed twice, or else a validation error for field {@code password}, before anything changed.
     *
     * @throws ValidationException when input ends before a password was given, or the two entries differ
     */
    static String read(Session session) {
        String password = readLine(session, "Password: ");
        String confirmation = readLine(session, "Confirm password: ");
        if (!password.equals(confirmation)) {
            throw ValidationException.of("password", "the two entries do not match");
        }
        return password;
    }

    /** A given option wins; scripts use it, people are asked. */
    static String given(String option, Session session) {
        return option != null ? option : read(session);
    }

    private static String readLine(Session session, String prompt) {
        String line;
        try {
            line = session.readLine(prompt, MASK);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password from the console", e);
        }
        if (line == null) {
            throw ValidationException.of("password", "none was given");
        }
        return line;
    }
}
