package id.capaian.planning.api;

import id.capaian.planning.PlanEvent;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.ResultKind;
import id.capaian.platform.Problem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** What the API tells about a plan besides its content: history, link candidates, readiness. */
public final class PlanInfoResponses {

    private PlanInfoResponses() {
    }

    @Schema(name = "PlanEventResponse", description = "One step in a plan's history")
    public record Event(long id, Instant occurredAt,
            @Schema(description = "Who: a NIP, token:<name> or system") String performedBy,
            @Schema(description = "CREATED, SUBMITTED, APPROVED, RETURNED or REVISION") String action,
            @Schema(description = "The reason given for a return or a revision") String reason, int revision) {

        static Event of(PlanEvent e) {
            return new Event(e.id(), e.occurredAt(), e.actor(), e.action(), e.reason(), e.revision());
        }
    }

    @Schema(name = "PlanCandidatesResponse", description = "What an RHK of this plan may contribute to: the appraiser's"
            + " RHK in the period, and the IKU of the units the employee heads")
    public record Candidates(List<SuperiorResult> superiorResults, List<UnitIndicatorResponse> unitIndicators) {

        static Candidates of(PlanManagement.Candidates c) {
            return new Candidates(c.superiorResults().stream()
                    .map(r -> new SuperiorResult(r.id(), r.planId(), r.kind(), r.statement())).toList(),
                    c.unitIndicators().stream().map(UnitIndicatorResponse::of).toList());
        }
    }

    @Schema(name = "SuperiorResultResponse", description = "An RHK of the appraiser's plan")
    public record SuperiorResult(long id, long planId, ResultKind kind, String statement) {
    }

    @Schema(name = "PlanReadinessResponse", description = "Whether the plan can be submitted, and if not, every reason")
    public record Readiness(boolean ready, List<Reason> problems) {

        static Readiness of(List<Problem> problems, MessageSource messages, Locale locale) {
            return new Readiness(problems.isEmpty(), problems.stream().map(p -> new Reason(p.field(), p.code(),
                    messages.getMessage(p.code(), p.args().toArray(), p.code(), locale))).toList());
        }
    }

    @Schema(name = "PlanReadinessProblem", description = "One reason the plan cannot be submitted yet")
    public record Reason(String field, String code, String message) {
    }
}
