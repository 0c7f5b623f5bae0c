package id.capaian.organisation.internal.imports;

/** Where an import job stands. DONE and FAILED are final. */
public enum ImportStatus {
    QUEUED, VALIDATING, STORING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
