package id.capaian.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Survey figures as people read them, in their language: a period's name ("Triwulan III 2026", "Juli 2026") and
 * numbers with the locale's decimal comma. Templates use it as {@code @surveyLabels}.
 */
@Component("surveyLabels")
public class SurveyLabels {

    private final MessageSource messages;

    SurveyLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String period(IkmPeriod p) {
        return period(p, LocaleContextHolder.getLocale());
    }

    public String period(IkmPeriod p, Locale locale) {
        String number = p.kind() == IkmPeriod.Kind.MONTH ? Month.of(p.number()).getDisplayName(TextStyle.FULL, locale)
                : p.numberLabel();
        return messages.getMessage(p.labelKey(), new Object[] {number, String.valueOf(p.year())}, p.code(), locale);
    }

    /** A number with exactly {@code decimals} decimals (half up), e.g. 82,64 or 3,3056. */
    public String decimal(BigDecimal value, int decimals) {
        return decimal(value, decimals, LocaleContextHolder.getLocale());
    }

    public String decimal(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setGroupingUsed(false);
        return f.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** An element's name: "Persyaratan". */
    public String element(Element e) {
        return messages.getMessage(e.labelKey(), null, e.name(), LocaleContextHolder.getLocale());
    }

    /** A moment in Jakarta time: "17 Agustus 2026 08.30 WIB". */
    public String dateTime(java.time.Instant instant) {
        Locale locale = LocaleContextHolder.getLocale();
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale)
                .format(instant.atZone(SurveyManagement.JAKARTA)) + " WIB";
    }

    /** The grade with its meaning: "B (Baik)". */
    public String grade(Grade g) {
        return grade(g, LocaleContextHolder.getLocale());
    }

    public String grade(Grade g, Locale locale) {
        return g == null ? "" : g.name() + " (" + messages.getMessage(g.performanceKey(), null, g.name(), locale) + ")";
    }
}
