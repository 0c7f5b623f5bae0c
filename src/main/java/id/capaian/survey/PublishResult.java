package id.capaian.survey;

import java.util.List;

/**
 * What publishing did: the publication, and for each linked indicator whose plan's sub-period is this period, the
 * realisation recorded or the reason it could not be (the links of other years or period kinds are left alone).
 */
public record PublishResult(Publication publication, List<IndicatorLink> recorded) {

    public PublishResult {
        recorded = List.copyOf(recorded);
    }
}
