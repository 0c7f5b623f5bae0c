package id.capaian.planning;

/** A BerAKHLAK value with the leader's special expectation for this employee (may be empty). */
public record BehaviourExpectation(BerakhlakValue value, String special) {
}
