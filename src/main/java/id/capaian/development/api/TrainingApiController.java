package id.capaian.development.api;

import id.capaian.development.JpMonitoring;
import id.capaian.development.Training;
import id.capaian.development.TrainingEnrolment;
import id.capaian.development.TrainingManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Training and JP: reading JP, enrolling, and completions pushed by e-learning platforms. */
@ApiController("/api/v1/agencies/{agencyId}")
@Tag(name = "Training", description = """
        Training hours (JP, jam pelajaran): every civil servant should reach the agency's yearly target (20 JP by \
        default); only verified JP count. People read their own JP and their line's and HR's as on the web (HTTP \
        Basic with NIP and password). Enrolling in a catalogue training follows the web's rules (oneself, an \
        appraisee, or anyone for an agency administrator; the capacity is respected and nobody is enrolled twice). \
        A trusted system such as an e-learning platform (ASN Unggul, an agency's LMS) pushes completions with an \
        AGENCY_ADMIN API token: they are stored as verified. A push names a catalogue \
        training by code, or an external one by title, kind and JP; pushing the same completion again (the same \
        employee and training, or the same title, kind, JP and date) stores nothing and answers the first one \
        (200, Idempotent-Replay: true).""")
class TrainingApiController {

    static final String REPLAY_HEADER = "Idempotent-Replay";

    private final JpMonitoring jp;
    private final TrainingManagement trainings;
    private final EmployeeManagement employees;
    private final TrainingPushes pushes;

    TrainingApiController(JpMonitoring jp, TrainingManagement trainings, EmployeeManagement employees, TrainingPushes pushes) {
        this.jp = jp;
        this.trainings = trainings;
        this.employees = employees;
        this.pushes = pushes;
    }

    @GetMapping("/jp/mine")
    @Operation(operationId = "getMyJp", summary = "The caller's own JP in a year (default: this year)")
    TrainingJpResponse mine(Actor actor, @PathVariable long agencyId,
            @Parameter(description = "Year, default the current one") @RequestParam(required = false) Integer year) {
        if (actor.employeeId() == null) {
            throw new AccessDeniedException("training.api.error.personOnly");
        }
        return TrainingJpResponse.of(jp.progress(actor, agencyId, actor.employeeId(), year == null ? JpMonitoring.currentYear() : year));
    }

    @GetMapping("/employees/{employeeId}/jp")
    @Operation(operationId = "getEmployeeJp", summary = "An employee's JP in a year",
            description = "For the employee, their line (appraiser and superiors up the chain), the agency's administrators"
                    + " and head, and national administrators; others get 403.")
    TrainingJpResponse employee(Actor actor, @PathVariable long agencyId, @PathVariable long employeeId,
            @RequestParam(required = false) Integer year) {
        return TrainingJpResponse.of(jp.progress(actor, agencyId, employeeId, year == null ? JpMonitoring.currentYear() : year));
    }

    @PostMapping("/training-enrolments")
    @Operation(operationId = "enrolInTraining", summary = "Enrol in a catalogue training",
            responses = {@ApiResponse(responseCode = "201", description = "Enrolled"),
                    @ApiResponse(responseCode = "422", description = "Full, already enrolled, over or inactive: the errors say which")})
    ResponseEntity<TrainingEnrolmentResponse> enrol(Actor actor, @PathVariable long agencyId,
            @RequestBody(required = false) TrainingEnrolmentRequest request) {
        if (request == null || (request.trainingId() == null && (request.trainingCode() == null || request.trainingCode().isBlank()))) {
            throw InvalidInputException.of("trainingId", "training.api.error.trainingRequired");
        }
        long trainingId = request.trainingId() != null ? request.trainingId()
                : trainings.byCode(actor, agencyId, request.trainingCode()).map(Training::id)
                        .orElseThrow(() -> InvalidInputException.of("trainingCode", "training.api.error.noTraining",
                                request.trainingCode().trim()));
        long employeeId;
        if (request.employeeNip() != null && !request.employeeNip().isBlank()) {
            employeeId = employees.findByNip(request.employeeNip().trim()).filter(e -> e.agencyId() == agencyId).map(Employee::id)
                    .orElseThrow(() -> InvalidInputException.of("employeeNip", "training.error.noEmployee", request.employeeNip().trim()));
        } else if (actor.employeeId() != null) {
            employeeId = actor.employeeId();
        } else {
            throw InvalidInputException.of("employeeNip", "validation.required");
        }
        TrainingEnrolment x = trainings.enrol(actor, agencyId, trainingId, employeeId);
        return ResponseEntity.status(HttpStatus.CREATED).body(TrainingEnrolmentResponse.of(x));
    }

    @PostMapping("/training-completions")
    @Operation(operationId = "pushTrainingCompletion", summary = "Push a verified completion (API tokens only)",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored as verified",
                            headers = @Header(name = REPLAY_HEADER, description = "false", schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "200", description = "The same completion was pushed before: the first one",
                            headers = @Header(name = REPLAY_HEADER, description = "true", schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "422", description = "Invalid input: the errors array says which")})
    ResponseEntity<TrainingEnrolmentResponse> push(Actor actor, @PathVariable long agencyId,
            @RequestBody(required = false) TrainingCompletionRequest request) {
        TrainingManagement.Recorded r = pushes.push(actor, agencyId, request);
        TrainingEnrolmentResponse body = TrainingEnrolmentResponse.of(r.enrolment());
        if (r.replay()) {
            return ResponseEntity.ok().header(REPLAY_HEADER, "true").body(body);
        }
        return ResponseEntity.status(HttpStatus.CREATED).header(REPLAY_HEADER, "false").body(body);
    }
}
