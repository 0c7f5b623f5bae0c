package id.capaian.organisation.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where to move a unit. */
@Schema(description = "The new parent of a unit")
public record MoveUnitRequest(
        @Schema(description = "The new parent unit; null moves the unit to the top level") Long parentId,
        @Schema(description = "The version last read; if given, a unit changed since then is not moved (409)") Integer version) {
}
