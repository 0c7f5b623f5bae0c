package id.capaian.survey.api;

import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.web.ApiController;
import id.capaian.survey.IkmManagement;
import id.capaian.survey.IkmPeriod;
import id.capaian.survey.SurveyManagement;
import id.capaian.survey.SurveySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Citizen satisfaction: the agency's surveys and a unit's IKM per period. */
@ApiController("/api/v1/agencies/{agencyId}")
@Tag(name = "Citizen satisfaction (IKM)", description = """
        The public satisfaction index (IKM, PermenPAN-RB 14/2017) of service units, computed over the accepted \
        responses of a period: NRR per element = sum / respondents, weighted by 1/9 each (or the agency's weights), \
        IKM = sum of the weighted NRR x 25 (25..100), rounded once to 2 decimals, graded A (88.31-100), B (76.61-88.30), \
        C (65.00-76.60) or D (25.00-64.99) unless the agency changed the bands. Readable by the agency's administrators \
        and head (and their tokens), national administrators, and the heads of the units.""")
class SurveyApiController {

    private final SurveyManagement surveys;
    private final IkmManagement ikm;

    SurveyApiController(SurveyManagement surveys, IkmManagement ikm) {
        this.surveys = surveys;
        this.ikm = ikm;
    }

    record SurveyResponse(long id, long unitId, String unitName, boolean enabled, long responsesThisQuarter,
            long flagged, String lastPublishedPeriod, BigDecimal lastPublishedIkm, String lastPublishedGrade) {
        static SurveyResponse of(SurveySummary s) {
            return new SurveyResponse(s.id(), s.unitId(), s.unitName(), s.enabled(), s.responsesThisQuarter(), s.flagged(),
                    s.lastPeriod() == null ? null : s.lastPeriod().code(), s.lastIkm(),
                    s.lastGrade() == null ? null : s.lastGrade().name());
        }
    }

    @GetMapping("/surveys")
    @Operation(operationId = "listSurveys", summary = "The agency's unit surveys with their latest published IKM")
    List<SurveyResponse> list(Actor actor, @PathVariable long agencyId) {
        return surveys.list(actor, agencyId).stream().map(SurveyResponse::of).toList();
    }

    @GetMapping("/units/{unitId}/ikm")
    @Operation(operationId = "getUnitIkm", summary = "A unit's IKM in one period, with every element's NRR",
            description = "404 when the unit has no survey. Without responses in the period, ikm and grade are null.")
    IkmResponse unitIkm(Actor actor, @PathVariable long agencyId, @PathVariable long unitId,
            @Parameter(description = "2026 (year), 2026-S1 (semester), 2026-Q3 (quarter) or 2026-M07 (month)", required = true)
            @RequestParam String period) {
        IkmPeriod p = IkmPeriod.parse(period);
        if (p == null) {
            throw InvalidInputException.of("period", "survey.api.error.period");
        }
        return ikm.figuresOfUnit(actor, agencyId, unitId, p).map(IkmResponse::of)
                .orElseThrow(() -> new NotFoundException("survey", unitId));
    }

    @GetMapping("/surveys/{surveyId}/ikm")
    @Operation(operationId = "getSurveyIkm", summary = "A survey's IKM in one period, with every element's NRR")
    IkmResponse surveyIkm(Actor actor, @PathVariable long agencyId, @PathVariable long surveyId,
            @Parameter(description = "2026, 2026-S1, 2026-Q3 or 2026-M07", required = true) @RequestParam String period) {
        IkmPeriod p = IkmPeriod.parse(period);
        if (p == null) {
            throw InvalidInputException.of("period", "survey.api.error.period");
        }
        return IkmResponse.of(ikm.figures(actor, agencyId, surveyId, p));
    }
}
