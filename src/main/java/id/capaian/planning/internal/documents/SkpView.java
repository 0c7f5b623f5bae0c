package id.capaian.planning.internal.documents;

import java.util.List;

/**
 * What the SKP form shows, already worked out and worded: the template only lays it out. Labels of the form come
 * from the template's message keys; the values here are final text.
 */
public record SkpView(String documentTitle, String agencyName, String approachKey, String audienceKey, String year,
        boolean draft, String statusLabel, int revision, Person employee, Person appraiser, List<Section> sections,
        List<Behaviour> behaviours, String place, String date, List<String> resourceSupport,
        List<String> accountability, List<String> consequences, List<ActionGroup> actionGroups, String footer) {

    /** The attachment's three parts, each a heading and its lines. */
    public List<Part> attachmentParts() {
        return List.of(new Part("plandoc.skp.resourceSupport", resourceSupport),
                new Part("plandoc.skp.accountability", accountability), new Part("plandoc.skp.consequences", consequences));
    }

    public record Part(String titleKey, List<String> lines) {
    }

    /** One side of the identity table: the employee or the appraiser. */
    public record Person(String name, String nip, String rank, String position, String unit) {
    }

    /** "A. Utama" or "B. Tambahan" with its RHK. */
    public record Section(String labelKey, List<Result> results) {
    }

    /** An RHK spanning its IKI rows. */
    public record Result(int number, String intervened, String statement, List<Indicator> indicators) {
    }

    public record Indicator(String aspect, String name, String target) {
    }

    /** A BerAKHLAK value with its behaviour guides and the leader's special expectation. */
    public record Behaviour(int number, String name, List<String> guides, String special) {
    }

    /** The planned actions of one RHK, per sub-period. */
    public record ActionGroup(String number, String kind, String statement, List<Action> actions) {
    }

    public record Action(String period, String description) {
    }
}
