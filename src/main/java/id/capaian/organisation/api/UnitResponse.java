package id.capaian.organisation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import io.swagger.v3.oas.annotations.media.Schema;

/** A unit as the API shows it; in lists also its depth in the tree. */
@Schema(description = "A unit (unit kerja) of an agency's tree")
public record UnitResponse(long id, Long parentId, String parentName, String code, String name, Long headEmployeeId,
        String headName, boolean active, int version,
        @Schema(description = "Depth in the tree (0 for a top-level unit); only in lists, which come in tree order")
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer depth) {

    static UnitResponse of(Unit u) {
        return of(u, null);
    }

    static UnitResponse of(UnitManagement.TreeRow row) {
        return of(row.unit(), row.depth());
    }

    private static UnitResponse of(Unit u, Integer depth) {
        return new UnitResponse(u.id(), u.parentId(), u.parentName(), u.code(), u.name(), u.headEmployeeId(),
                u.headName(), u.active(), u.version(), depth);
    }
}
