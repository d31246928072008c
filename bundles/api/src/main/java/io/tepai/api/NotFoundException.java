package io.tepai.api;

/** The entity named by an identifier does not exist. */
public class NotFoundException extends TepaiException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, Object id) {
        super(entity + " '" + id + "' does not exist");
    }

    /** Something asked for is not there, and {@code detail} says why (e.g. which rule gives it only to some). */
    public NotFoundException(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Not found";
    }
}
