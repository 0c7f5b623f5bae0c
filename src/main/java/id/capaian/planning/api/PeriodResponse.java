package id.capaian.planning.api;

import id.capaian.planning.Period;
import id.capaian.planning.PeriodStatus;
import id.capaian.planning.SubPeriod;
import id.capaian.planning.SubPeriodScheme;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** A period as the API shows it, with its months or quarters. */
@Schema(description = "An annual performance period (periode) of an agency")
public record PeriodResponse(long id, int year, SubPeriodScheme scheme, LocalDate planDeadline,
        @Schema(description = "OPEN: plans and realisations may change; CLOSED: read-only") PeriodStatus status,
        int version,
        @Schema(description = "The months (MONTHLY) or quarters (QUARTERLY) of the year") List<SubPeriodResponse> subPeriods) {

    @Schema(description = "A month or quarter of the period")
    public record SubPeriodResponse(@Schema(description = "1-12 or 1-4") int index, LocalDate start, LocalDate end) {
        static SubPeriodResponse of(SubPeriod s) {
            return new SubPeriodResponse(s.index(), s.start(), s.end());
        }
    }

    static PeriodResponse of(Period p) {
        return new PeriodResponse(p.id(), p.year(), p.scheme(), p.planDeadline(), p.status(), p.version(),
                p.subPeriods().stream().map(SubPeriodResponse::of).toList());
    }
}
