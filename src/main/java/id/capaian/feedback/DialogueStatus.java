package id.capaian.feedback;

/** Where a dialogue stands: planned, held (with its notes), or called off with a reason. */
public enum DialogueStatus { SCHEDULED, HELD, CANCELLED }
