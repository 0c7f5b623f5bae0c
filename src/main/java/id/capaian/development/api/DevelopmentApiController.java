package id.capaian.development.api;

import id.capaian.development.CompetencyManagement;
import id.capaian.development.DevelopmentPlanManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An employee's competency gaps and development plan, for the people who may see them. */
@ApiController("/api/v1/agencies/{agencyId}/employees/{employeeId}")
@Tag(name = "Development", description = """
        Competency development (pengembangan kompetensi): an employee's competencies against the standard of their \
        position (the level required, the latest assessed level, the gap, each explained by its rule) and their \
        individual development plan of a year with its actions, each saying where it came from (a competency gap, a \
        result rated below expectation, a coaching plan, or added by hand). Read by the employee, their line \
        (appraiser and superiors up the chain), the agency's administrators and head, and national administrators; \
        anyone else gets 403. Problems come back as RFC 9457 problem details.""")
class DevelopmentApiController {

    private final CompetencyManagement competencies;
    private final DevelopmentPlanManagement plans;
    private final MessageSource messages;

    DevelopmentApiController(CompetencyManagement competencies, DevelopmentPlanManagement plans, MessageSource messages) {
        this.competencies = competencies;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/competency-gaps")
    @Operation(operationId = "getCompetencyGaps", summary = "An employee's competencies against the position standard",
            description = "Every competency of the position's standard; an unassessed one has actual null and counts as open.")
    CompetencyGapsResponse gaps(Actor actor, @PathVariable long agencyId, @PathVariable long employeeId) {
        return CompetencyGapsResponse.of(competencies.profile(actor, agencyId, employeeId), messages,
                LocaleContextHolder.getLocale());
    }

    @GetMapping("/development-plans/{year}")
    @Operation(operationId = "getDevelopmentPlan", summary = "An employee's individual development plan of a year",
            description = "404 when the employee has no plan for that year.")
    DevelopmentPlanResponse plan(Actor actor, @PathVariable long agencyId, @PathVariable long employeeId,
            @PathVariable int year) {
        return plans.forEmployee(actor, agencyId, employeeId, year)
                .map(p -> DevelopmentPlanResponse.of(p, messages, LocaleContextHolder.getLocale()))
                .orElseThrow(() -> new NotFoundException("developmentPlan", year));
    }
}
