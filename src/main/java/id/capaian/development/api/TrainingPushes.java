package id.capaian.development.api;

import id.capaian.development.TrainingExternalForm;
import id.capaian.development.TrainingManagement;
import id.capaian.identity.ApiToken;
import id.capaian.identity.ApiTokenManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Role;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completions pushed by a trusted system with an API token: an agency administrator's token for anyone of its
 * agency; an agency head's token only reads. (Tokens limited to a unit are stopped by identity's filter before they
 * get here; should that filter let them through one day, they stay within their unit and the units below it.) The completion is stored as verified (the system vouches for it); pushing the same completion again stores
 * nothing and answers the first one.
 */
@Service
@Transactional
class TrainingPushes {

    private final TrainingManagement trainings;
    private final EmployeeManagement employees;
    private final UnitManagement units;
    private final ApiTokenManagement tokens;

    TrainingPushes(TrainingManagement trainings, EmployeeManagement employees, UnitManagement units, ApiTokenManagement tokens) {
        this.trainings = trainings;
        this.employees = employees;
        this.units = units;
        this.tokens = tokens;
    }

    TrainingManagement.Recorded push(Actor actor, long agencyId, TrainingCompletionRequest request) {
        ApiToken token = tokens.tokenOf(actor).orElseThrow(() -> new AccessDeniedException("training.api.error.tokenOnly"));
        if (token.agencyId() == null ? token.role() != Role.NATIONAL_ADMIN : token.agencyId() != agencyId) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (token.role() != Role.AGENCY_ADMIN && token.role() != Role.NATIONAL_ADMIN) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        var problems = new InvalidInputException.Collector();
        if (request.employeeNip() == null || request.employeeNip().isBlank()) {
            problems.add("employeeNip", "validation.required");
        }
        if (request.completedOn() == null) {
            problems.add("completedOn", "validation.required");
        }
        boolean byCode = request.trainingCode() != null && !request.trainingCode().isBlank();
        if (byCode && (request.title() != null || request.kind() != null || request.jp() != null)) {
            problems.add("trainingCode", "training.api.error.codeOrExternal");
        }
        problems.throwIfAny();
        Actor caller = new PushCaller("token:" + token.name(), agencyId);
        Employee employee = employees.findByNip(request.employeeNip().trim()).filter(e -> e.agencyId() == agencyId)
                .orElseThrow(() -> InvalidInputException.of("employeeNip", "training.error.noEmployee", request.employeeNip().trim()));
        if (token.unitScoped() && (employee.unitId() == null
                || !units.subtreeIds(agencyId, token.unitId()).contains(employee.unitId()))) {
            throw new AccessDeniedException("error.forbidden");
        }
        Long trainingId = null;
        TrainingExternalForm external = null;
        if (byCode) {
            trainingId = trainings.byCode(caller, agencyId, request.trainingCode())
                    .orElseThrow(() -> InvalidInputException.of("trainingCode", "training.api.error.noTraining",
                            request.trainingCode().trim())).id();
        } else {
            external = new TrainingExternalForm(request.title(), request.kind(), request.jp(), request.completedOn());
        }
        return trainings.recordVerified(caller, agencyId, employee.id(), trainingId, external, request.completedOn(),
                request.source());
    }

    /** The token's system acting for the agency's administrators once its scope is checked here; never an employee. */
    record PushCaller(String username, Long agencyId) implements Actor {
        @Override public Long employeeId() { return null; }
        @Override public Set<Role> roles() { return Set.of(Role.AGENCY_ADMIN); }
    }
}
