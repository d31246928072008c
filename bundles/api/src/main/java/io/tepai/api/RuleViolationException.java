package io.tepai.api;

import java.util.List;

/**
 * Well-formed input that breaks a rule of the programme. {@link #ruleId()} names the rule from DOMAIN.md,
 * e.g. {@code R-ELIG-1}, so that users can look it up.
 */
public class RuleViolationException extends TepaiException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final List<FieldError> errors;

    public RuleViolationException(String ruleId, String message, List<FieldError> errors) {
        super(ruleId + ": " + message);
        this.ruleId = ruleId;
        this.errors = List.copyOf(errors);
    }

    public RuleViolationException(String ruleId, String message) {
        this(ruleId, message, List.of());
    }

    public String ruleId() {
        return ruleId;
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String title() {
        return "Rule " + ruleId + " violated";
    }
}
