package id.capaian.planning;

/** The seven BerAKHLAK core values (SE MenPAN-RB 20/2021); their guides are message texts. */
public enum BerakhlakValue {
    BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF
}
