package id.capaian.feedback;

/** An agreed action: still to do, done, or dropped (no longer needed or not possible, with a note why). */
public enum ActionStatus { OPEN, DONE, DROPPED }
