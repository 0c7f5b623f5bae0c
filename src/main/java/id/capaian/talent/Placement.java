package id.capaian.talent;

import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * One employee in the 9-box of a period, with both inputs and how they were read: the final annual predikat of the
 * period gives the performance row, the potential score (the latest assessment on or before the period's end) and
 * the agency's thresholds give the column, and the agency's numbering names the box. {@code explanation} says all
 * of that in words (message keys with their arguments).
 */
public record Placement(long employeeId, String nip, String name, String unitName, String positionName,
        long evaluationId, int year, Predikat predikat, Rating performance,
        long assessmentId, BigDecimal score, LocalDate assessedOn, PotentialMethod method, PotentialLevel potential,
        int box, boolean inPool, List<MessageSourceResolvable> explanation) {

    /** The message key prefix of the cell's meaning ({@code .title}, {@code .meaning}): by cell, whatever its number. */
    public String cellKey() {
        return "talent.cell." + performance.name() + "." + potential.name();
    }
}
