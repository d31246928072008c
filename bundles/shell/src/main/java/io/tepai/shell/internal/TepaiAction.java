package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.TepaiException;
import io.tepai.api.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.support.CommandException;

/**
 * Base of the tepai commands. A {@link TepaiException} is the user's mistake or a state they can act on (not found,
 * refused, invalid): it becomes one line ("Error: …") instead of Karaf's stack trace, and the command fails, so that
 * {@code ssh host "tepai:…"} exits with status 1 and a script can tell. Anything else is a bug and is left to Karaf.
 */
abstract class TepaiAction implements Action {

    static final String SIGN_IN = "Error: sign in to use this command";

    @Override
    public final Object execute() throws CommandException {
        try {
            run();
            return null;
        } catch (SignInRequired e) {
            throw failed(SIGN_IN);
        } catch (TepaiException e) {
            throw failed(Formats.error(e));
        }
    }

    /**
     * Makes the command fail with this message. Karaf prints a failed command's message where it prints all its own
     * errors ("Command not found", a bad option): on the terminal, and on the standard output of an ssh exec, which
     * then ends with status 1. The class is Karaf's own {@code CommandException}, which Karaf logs at debug level (a
     * user's mistake is no ERROR in karaf.log), and the message is its "help", which Karaf prints as it is, without
     * colours. The message is not also written to stderr: in an ssh exec Karaf does not flush the command's stderr
     * before it ends the channel, so it arrived there only by chance, and on a terminal it would show twice.
     */
    static CommandException failed(String message) {
        return new CommandException(message, message);
    }

    abstract void run();

    /**
     * Who runs the command, for the services that check scopes and keep the audit trail. Commands that need it
     * ask for it first, so that without a signed-in user the command prints {@link #SIGN_IN} and does nothing.
     */
    static Actor actor() {
        return Actors.current().orElseThrow(SignInRequired::new);
    }

    /**
     * A day option such as {@code --from 2026-03-01}; declared as a string because Karaf does not convert dates.
     *
     * @return null when no value was given, meaning "do not filter"
     * @throws ValidationException showing the expected form
     */
    static LocalDate parseDay(String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(option, "'" + value + "' is not a day like 2026-03-01");
        }
    }

    /**
     * Enum options are declared as strings because Karaf's own conversion error does not say which values are
     * allowed. Matching ignores case and accepts '-' for '_', as users type {@code research-institute}.
     *
     * @return null when no value was given, meaning "do not filter"
     * @throws ValidationException naming the allowed values
     */
    static <E extends Enum<E>> E parseEnum(Class<E> type, String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ValidationException.of(option, "'" + value + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** Like {@link #parseEnum} for a value the command cannot do without. */
    static <E extends Enum<E>> E requireEnum(Class<E> type, String option, String value) {
        E parsed = parseEnum(type, option, value);
        if (parsed == null) {
            throw ValidationException.of(option, "is required: one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return parsed;
    }

    /** No session user; not a {@link TepaiException} because no service refused anything. */
    private static final class SignInRequired extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SignInRequired() {
            super(SIGN_IN, null, false, false);
        }
    }
}
