package io.tepai.api;

/**
 * The change conflicts with the current state: it was based on a stale version of the record, or it
 * would duplicate a unique key, or other records still depend on the one being removed.
 */
public class ConflictException extends TepaiException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String entity, Object id, long expected, long actual) {
        return new ConflictException(entity + " '" + id + "' was changed by someone else: you sent version "
                + expected + ", the current version is " + actual + ". Reload it and apply your change again.");
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
