package id.capaian.survey;

import java.math.BigDecimal;

/** One period on the dashboard: how many responded, the IKM and grade (null without respondents), published or not. */
public record IkmPoint(IkmPeriod period, int respondents, BigDecimal index, Grade grade, boolean published) {
}
