package id.capaian.development.api;

import id.capaian.development.CompetencyKind;
import id.capaian.development.CompetencyProfile;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** An employee's competencies against their position standard. */
@Schema(name = "CompetencyGapsResponse", description = "Every competency of the position standard with the level"
        + " required, the latest assessed level (null: not assessed) and the gap, each explained by its rule")
public record CompetencyGapsResponse(long employeeId, String name, String nip, Long positionId, String positionName,
        int met, int below, int unassessed, List<Line> competencies) {

    @Schema(name = "CompetencyGapLine")
    public record Line(long competencyId, String code, String name, CompetencyKind kind, int required,
            @Schema(description = "Null when never assessed") Integer actual, int gap, boolean met, String rule,
            String explanation) {
    }

    static CompetencyGapsResponse of(CompetencyProfile p, MessageSource messages, Locale locale) {
        return new CompetencyGapsResponse(p.employeeId(), p.name(), p.nip(), p.positionId(), p.positionName(), (int) p.met(),
                (int) p.below(), (int) p.unassessed(), p.gaps().stream().map(g -> new Line(g.competencyId(), g.code(),
                        g.name(), g.kind(), g.required(), g.actual(), g.gap(), g.met(), g.rule(),
                        messages.getMessage(g.rule(), new Object[] {g.required(), g.actual() == null ? "-" : g.actual(), g.gap()},
                                g.rule(), locale))).toList());
    }
}
