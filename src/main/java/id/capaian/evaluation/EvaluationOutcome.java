package id.capaian.evaluation;

import java.time.LocalDate;

/** What another module needs to tell someone about a final evaluation: whose, which, the predikat and the window. */
public record EvaluationOutcome(long evaluationId, long employeeId, long planId, EvaluationKind kind, int subPeriod,
        int year, Predikat predikat, LocalDate objectionUntil) {
}
