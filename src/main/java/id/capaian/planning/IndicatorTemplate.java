package id.capaian.planning;

import id.capaian.organisation.PositionKind;

/**
 * A reusable RHK with its IKI from the indicator library: national (no agency; BKN/KemenPAN-RB style guidance,
 * read-only for agencies) or an agency's own, for a sector and optionally a position kind or one position.
 */
public record IndicatorTemplate(long id, Long agencyId, Sector sector, PositionKind positionKind, Long positionId,
        String positionName, String resultStatement, String name, Aspect aspect, Target target, Direction direction,
        boolean active, int version) {

    public boolean national() {
        return agencyId == null;
    }
}
