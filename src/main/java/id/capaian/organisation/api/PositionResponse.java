package id.capaian.organisation.api;

import id.capaian.organisation.JfLevel;
import id.capaian.organisation.Position;
import id.capaian.organisation.PositionKind;
import io.swagger.v3.oas.annotations.media.Schema;

/** A position as the API shows it. */
@Schema(description = "A position (jabatan) of an agency")
public record PositionResponse(long id, String code, String name, PositionKind kind, JfLevel jfLevel,
        Integer classGrade, boolean active, int version) {

    static PositionResponse of(Position p) {
        return new PositionResponse(p.id(), p.code(), p.name(), p.kind(), p.jfLevel(), p.classGrade(), p.active(),
                p.version());
    }
}
