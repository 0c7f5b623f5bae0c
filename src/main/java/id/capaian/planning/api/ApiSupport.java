package id.capaian.planning.api;

import id.capaian.platform.InvalidInputException;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Small helpers shared by the planning API controllers. */
final class ApiSupport {

    static final String BASE = "/api/v1/agencies/{agencyId}";

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

    /** 201 Created with the new record's address given as a path below the API's root. */
    static <T> ResponseEntity<T> createdAt(String path, T body, Object... variables) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(variables).toUri();
        return ResponseEntity.created(location).body(body);
    }

    static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return body;
    }
}
