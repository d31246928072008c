package io.tepai.api;

/**
 * The actor is signed in but the operation is outside their role or scope. {@link #missingScope()} says what
 * would have allowed it, e.g. {@code county:xiuwu} or {@code city}.
 */
public class ForbiddenException extends TepaiException {

    private static final long serialVersionUID = 1L;

    private final String missingScope;

    public ForbiddenException(String missingScope, String message) {
        super(message);
        this.missingScope = missingScope;
    }

    public String missingScope() {
        return missingScope;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
