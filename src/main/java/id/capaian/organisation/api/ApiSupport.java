package id.capaian.organisation.api;

import id.capaian.platform.InvalidInputException;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Small helpers shared by the API controllers. */
final class ApiSupport {

    private ApiSupport() {
    }

    /** An update must say which version it read, so that no one's change is silently overwritten. */
    static void requireVersion(Integer version) {
        if (version == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
    }

    /** 201 Created with the new record's address below the collection that was posted to. */
    static <T> ResponseEntity<T> created(long id, T body) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(body);
    }
}
