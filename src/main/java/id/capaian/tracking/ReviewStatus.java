package id.capaian.tracking;

/** The appraiser's look at a realisation: not yet, seen and fine, or more evidence asked for. */
public enum ReviewStatus { PENDING, REVIEWED, NEEDS_EVIDENCE }
