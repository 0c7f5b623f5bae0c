package id.capaian.feedback;

/** A dialogue agreed in advance (with a time and a place or link), or one held on the spot and recorded after. */
public enum DialogueKind { SCHEDULED, AD_HOC }
