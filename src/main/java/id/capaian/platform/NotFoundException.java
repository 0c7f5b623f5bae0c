package id.capaian.platform;

/** A record that does not exist, or that the caller may not know exists (answered the same way). */
public class NotFoundException extends RuntimeException {

    private final String entity;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
        this.entity = entity;
    }

    /** The message key of the kind of record, e.g. {@code entity.employee}. */
    public String entity() {
        return "entity." + entity;
    }
}
