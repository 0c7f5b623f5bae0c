package id.capaian.platform;

/** Someone else saved the same record after it was opened (optimistic locking). */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else");
    }
}
