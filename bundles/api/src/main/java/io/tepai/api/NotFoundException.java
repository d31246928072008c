package io.tepai.api;

/** The entity named by an identifier does not exist. */
public class NotFoundException extends TepaiException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, Object id) {
        super(entity + " '" + id + "' does not exist");
    }

    @Override
    public String title() {
        return "Not found";
    }
}
