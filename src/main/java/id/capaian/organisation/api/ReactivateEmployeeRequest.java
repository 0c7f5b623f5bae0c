package id.capaian.organisation.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** An optional note on why an employee returns to active service. */
@Schema(description = "An optional note on why an employee returns to active service")
public record ReactivateEmployeeRequest(String reason) {
}
