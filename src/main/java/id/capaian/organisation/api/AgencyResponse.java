package id.capaian.organisation.api;

import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyKind;
import io.swagger.v3.oas.annotations.media.Schema;

/** An agency as the API shows it. */
@Schema(description = "An agency (instansi): the tenant all other records belong to")
public record AgencyResponse(long id, String code, String name, AgencyKind kind, boolean active, int version) {

    static AgencyResponse of(Agency a) {
        return new AgencyResponse(a.id(), a.code(), a.name(), a.kind(), a.active(), a.version());
    }
}
