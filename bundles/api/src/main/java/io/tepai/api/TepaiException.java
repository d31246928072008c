package io.tepai.api;

/**
 * Base of every error Tepai's services throw on purpose. Each subclass is one kind of failure that the
 * REST layer maps to one HTTP status and the console prints as one line; nothing has been changed when
 * one is thrown.
 */
public abstract class TepaiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected TepaiException(String message) {
        super(message);
    }

    /** A short, stable summary of the kind of problem, e.g. "Resource not found". */
    public abstract String title();
}
