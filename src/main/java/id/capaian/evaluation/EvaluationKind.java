package id.capaian.evaluation;

/** Periodic (one sub-period: a month or a quarter, as the agency chose) or annual. */
public enum EvaluationKind { PERIODIC, ANNUAL }
