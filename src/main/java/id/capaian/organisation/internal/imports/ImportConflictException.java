package id.capaian.organisation.internal.imports;

/** A record changed between checking and storing; the whole import was rolled back. */
class ImportConflictException extends RuntimeException {

    ImportConflictException(String message) {
        super(message);
    }
}
