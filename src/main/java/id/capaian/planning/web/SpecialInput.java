package id.capaian.planning.web;

import id.capaian.planning.BerakhlakValue;
import java.util.EnumMap;
import java.util.Map;

/** The appraiser's special expectations, one text per BerAKHLAK value: {@code special[KOMPETEN]}, ... */
public class SpecialInput {
    private Map<BerakhlakValue, String> special = new EnumMap<>(BerakhlakValue.class);

    public Map<BerakhlakValue, String> getSpecial() { return special; }
    public void setSpecial(Map<BerakhlakValue, String> special) { this.special = special; }
}
