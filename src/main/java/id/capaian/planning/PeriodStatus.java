package id.capaian.planning;

/** An open period can be planned and tracked; a closed one is read-only. */
public enum PeriodStatus { OPEN, CLOSED }
