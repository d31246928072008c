package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.TepaiException;
import io.tepai.api.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;

/**
 * Base of the tepai commands. A {@link TepaiException} is the user's mistake or a state they can act on, so it
 * becomes one line on stderr instead of Karaf's stack trace; anything else is a bug and is left to Karaf.
 */
abstract class TepaiAction implements Action {

    static final String SIGN_IN = "Error: sign in to use this command";

    /**
     * The programme runs on Beijing time: at 07:00 on 1 January in Jiaozuo it is already the new programme year,
     * whatever time zone the container runs in.
     */
    static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Shanghai");

    /** Not a Karaf field; tests replace it to pin "this year". */
    Clock clock = Clock.system(PROGRAMME_ZONE);

    @Override
    public final Object execute() {
        try {
            run();
        } catch (SignInRequired e) {
            System.err.println(SIGN_IN);
        } catch (TepaiException e) {
            System.err.println(Formats.error(e));
        }
        return null;
    }

    abstract void run();

    /**
     * Who runs the command, for the services that check scopes and keep the audit trail. Commands that need it
     * ask for it first, so that without a signed-in user the command prints {@link #SIGN_IN} and does nothing.
     */
    static Actor actor() {
        return Actors.current().orElseThrow(SignInRequired::new);
    }

    /** The programme year a command is about: the one given, else the current year in China. */
    int yearOrCurrent(Integer year) {
        return year != null ? year : Year.now(clock.withZone(PROGRAMME_ZONE)).getValue();
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
