package id.capaian.development;

/** How a training is delivered (the kinds of PermenPAN-RB and LAN rules on competency development). */
public enum TrainingKind {
    KLASIKAL, E_LEARNING, COACHING, MENTORING, SEMINAR;

    public String messageKey() {
        return "training.kind." + name();
    }
}
