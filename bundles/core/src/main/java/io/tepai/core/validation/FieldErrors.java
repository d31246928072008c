package io.tepai.core.validation;

import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import io.tepai.api.team.Leader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one input before failing, so that a user fixes a form in one round trip rather
 * than one error at a time. Column limits here match the schema, so a valid input never fails in the database.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** A required text of at most {@code max} characters (after trimming). */
    public FieldErrors text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
        } else {
            optionalText(field, value, max);
        }
        return this;
    }

    public FieldErrors optionalText(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "must be at most " + max + " characters");
        }
        return this;
    }

    public FieldErrors required(String field, Object value) {
        if (value == null) {
            add(field, "is required");
        }
        return this;
    }

    /** Non-blank items of at most {@code maxLength} characters, at most {@code maxItems} of them. */
    public FieldErrors items(String field, List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return this;
        }
        if (values.size() > maxItems) {
            add(field, "must have at most " + maxItems + " items");
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                add(field + "[" + i + "]", "must not be empty");
            } else if (value.strip().length() > maxLength) {
                add(field + "[" + i + "]", "must be at most " + maxLength + " characters");
            }
        }
        return this;
    }

    /** A leader's name, position and phone fit their columns (64, 128, 32). */
    public FieldErrors leader(String field, Leader leader) {
        if (leader != null) {
            optionalText(field + ".name", leader.name(), 64);
            optionalText(field + ".position", leader.position(), 128);
            optionalText(field + ".phone", leader.phone(), 32);
        }
        return this;
    }

    /** Both dates given and the term does not end before it starts. */
    public FieldErrors term(String startField, LocalDate start, String endField, LocalDate end) {
        required(startField, start);
        required(endField, end);
        if (start != null && end != null && end.isBefore(start)) {
            add(endField, "must not be before " + startField + " (" + start + ")");
        }
        return this;
    }

    /** A programme year in the range the platform accepts. */
    public FieldErrors year(String field, Integer year) {
        if (year == null) {
            add(field, "is required");
        } else if (year < 2000 || year > 2100) {
            add(field, "must be a year between 2000 and 2100");
        }
        return this;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Trimmed items, empty list for null. */
    public static List<String> stripped(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }
}
