package id.capaian.planning;

/** A target is a number, a range, or (qualitative approach) a written expectation. */
public enum TargetKind { NUMBER, RANGE, TEXT }
