package id.capaian.planning;

/** IKI: an indicator of an RHK. */
public record ResultIndicator(long id, long resultId, Aspect aspect, String name, Target target, Direction direction,
        Long templateId, int ordinal) {
}
