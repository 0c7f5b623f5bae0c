package id.capaian.development;

/** An agency's development settings: the yearly JP target (20 by default, PP 11/2017 as amended by PP 17/2020). */
public record DevelopmentSetting(long agencyId, int jpTarget, int version) {

    public static final int DEFAULT_JP_TARGET = 20;
}
