package id.capaian.organisation;

import java.util.List;

/** A unit in the org chart with its head, its own staff count, the count including sub-units, and children. */
public record OrgChartNode(Unit unit, Employee head, int staff, int staffIncludingSubunits, List<OrgChartNode> children) {
}
