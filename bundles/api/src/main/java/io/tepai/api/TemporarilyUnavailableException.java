package io.tepai.api;

/**
 * The operation could not be done now, for a reason that passes: the database stayed busy with concurrent changes
 * (a lock timeout or deadlock) after the store retried the transaction. Nothing has been changed; the caller may
 * send the same request again after {@link #retryAfterSeconds()}. REST answers 503 with {@code Retry-After}.
 */
public class TemporarilyUnavailableException extends TepaiException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public TemporarilyUnavailableException(String message, int retryAfterSeconds, Throwable cause) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        if (cause != null) {
            initCause(cause);
        }
    }

    /** How long the caller should wait before trying again, in whole seconds (at least 1). */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String title() {
        return "Temporarily unavailable";
    }
}
