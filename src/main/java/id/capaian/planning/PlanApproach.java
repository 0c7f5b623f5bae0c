package id.capaian.planning;

/** Quantitative (numeric targets) or qualitative (expectations in words) SKP. */
public enum PlanApproach { QUANTITATIVE, QUALITATIVE }
