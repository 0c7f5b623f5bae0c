package id.capaian.tracking;

import java.io.InputStream;

/**
 * Where evidence files live: a local folder by default, an S3-compatible object store in production. Keys are
 * made by the system (never a name from the user).
 */
public interface EvidenceStorage {

    void put(String key, byte[] content, String contentType);

    InputStream get(String key);

    void delete(String key);
}
