package id.capaian.tracking;

/** Where a value came from: typed in, pushed by another system, or rolled up from daily progress. */
public enum RealisationSource { WEB, API, PROGRESS }
