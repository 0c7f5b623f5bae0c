package id.capaian.planning;

/** Which way is better: more (patient visits), less (turnaround days), or exactly the target. */
public enum Direction { HIGHER, LOWER, EXACT }
