package io.tepai.core.specialist;

import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import io.tepai.api.specialist.SpecialistDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks that a specialist draft is complete and well-formed, reporting every bad field at once. */
final class SpecialistValidator {

    static final int MAX_FIELDS = 20;

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private SpecialistValidator() {
    }

    static void validate(SpecialistDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "a specialist is required");
        }
        List<FieldError> errors = new ArrayList<>();
        text(errors, "name", draft.name(), true, 64);
        text(errors, "unitCode", draft.unitCode(), true, 32);
        required(errors, "titleLevel", draft.titleLevel());
        text(errors, "title", draft.title(), false, 64);
        required(errors, "degree", draft.degree());
        text(errors, "tierId", draft.tierId(), true, 40);
        required(errors, "classification", draft.classification());
        if (draft.fields() == null || draft.fields().isEmpty()) {
            errors.add(new FieldError("fields", "at least one field of expertise is required (R-FIELD-1)"));
        } else if (draft.fields().size() > MAX_FIELDS) {
            errors.add(new FieldError("fields", "at most " + MAX_FIELDS + " fields"));
        } else {
            for (int i = 0; i < draft.fields().size(); i++) {
                text(errors, "fields[" + i + "]", draft.fields().get(i), true, 128);
            }
        }
        // stream, not contains(null): immutable sets throw on contains(null)
        if (draft.sectors() != null && draft.sectors().stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError("sectors", "must not contain null"));
        }
        if (draft.chainSegments() != null && draft.chainSegments().stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError("chainSegments", "must not contain null"));
        }
        if (draft.counties() != null && draft.counties().stream().anyMatch(c -> c == null || c.isBlank())) {
            errors.add(new FieldError("counties", "must not contain empty county codes"));
        }
        text(errors, "phone", draft.phone(), false, 32);
        if (draft.phone() != null && !draft.phone().isBlank() && !PHONE.matcher(draft.phone().strip()).matches()) {
            errors.add(new FieldError("phone", "must be a phone number (digits, spaces, + - and parentheses)"));
        }
        text(errors, "email", draft.email(), false, 128);
        if (draft.email() != null && !draft.email().isBlank() && !EMAIL.matcher(draft.email().strip()).matches()) {
            errors.add(new FieldError("email", "must be an e-mail address"));
        }
        text(errors, "serviceExperience", draft.serviceExperience(), false, 2000);
        text(errors, "eligibilityException", draft.eligibilityException(), false, 2000);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
