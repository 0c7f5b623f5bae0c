package id.capaian.survey.api;

import id.capaian.survey.Ikm;
import id.capaian.survey.IkmFigures;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A unit's IKM in one period, with the inputs and the formula that produced it. */
@Schema(name = "Ikm")
record IkmResponse(long surveyId, long unitId, String unitName, String period, LocalDate from, LocalDate to,
        @Schema(description = "Accepted responses counted") int respondents,
        @Schema(description = "25.00 .. 100.00, null without respondents") BigDecimal ikm,
        @Schema(description = "A, B, C or D") String grade,
        @Schema(description = "Sum of the weighted NRR (6 decimals): IKM = this x 25") BigDecimal weightedSum,
        @Schema(description = "All answers added up") Long totalPoints,
        String formula, List<ElementResponse> elements,
        @Schema(description = "Flagged responses waiting for moderation, not counted") long flaggedNotCounted,
        boolean published, Instant publishedAt,
        @Schema(description = "Responses changed since publication") boolean changedSincePublication) {

    record ElementResponse(String code, String element, long sum, BigDecimal nrr, BigDecimal weight, BigDecimal weightedNrr,
            BigDecimal converted, String grade) {
    }

    static IkmResponse of(IkmFigures f) {
        Ikm ikm = f.ikm();
        List<ElementResponse> elements = ikm == null ? List.of() : ikm.elements().stream()
                .map(e -> new ElementResponse(e.element().code(), e.element().name(), e.sum(), e.nrr(), e.weight(),
                        e.weightedNrr(), e.converted(), e.grade().name())).toList();
        String formula = ikm == null ? null : ikm.rules().equalWeights()
                ? "IKM = 25 x " + ikm.totalPoints() + " / (9 x " + ikm.respondents() + ") = " + ikm.index()
                : "IKM = 25 x sum(NRR x weight) = 25 x " + ikm.weightedSum() + " = " + ikm.index();
        return new IkmResponse(f.survey().id(), f.survey().unitId(), f.survey().unitName(), f.period().code(), f.period().start(),
                f.period().end(), ikm == null ? 0 : ikm.respondents(), ikm == null ? null : ikm.index(),
                ikm == null ? null : ikm.grade().name(), ikm == null ? null : ikm.weightedSum(),
                ikm == null ? null : ikm.totalPoints(), formula, elements, f.flagged(), f.publication() != null,
                f.publication() == null ? null : f.publication().publishedAt(), f.stale());
    }
}
