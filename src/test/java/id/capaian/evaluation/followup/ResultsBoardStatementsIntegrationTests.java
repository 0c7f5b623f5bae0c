package id.capaian.evaluation.followup;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.ResultsBoard;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.cascade.StatementCounter;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The boards and the public page send the same number of SQL statements however many units and people there are. */
@IntegrationTest
@Import(StatementCounter.Config.class)
class ResultsBoardStatementsIntegrationTests {

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement planning;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationManagement evaluations;
    @Autowired CalibrationManagement calibration;
    @Autowired ResultsBoard board;

    record Counts(int unit, int agency, int published, int people, int rows, int dinasPeople) {
    }

    private Counts measure(FollowUpScenario s) {
        var unit = StatementCounter.count(() -> board.unit(s.staffActors.get(1), s.agency.id(), s.period.id(), s.dinas.id()));
        var agency = StatementCounter.count(() -> board.agency(s.staffActors.get(1), s.agency.id(), s.period.id()));
        var published = StatementCounter.count(() -> board.published(s.agency.code(), 2026).orElseThrow());
        return new Counts(unit.statements(), agency.statements(), published.statements(),
                agency.value().evaluated(), agency.value().units().size(), unit.value().evaluated());
    }

    @Test
    void theSameNumberOfStatementsForMoreUnitsAndPeople() {
        FollowUpScenario s = new FollowUpScenario(data, users, periods, planning, jdbc, 2026);
        s.finaliseSection(evaluations, calibration);
        Counts small = measure(s);
        s.smallUnit(evaluations, calibration, "Badan Pendapatan Daerah", "Saut Pardede", "Lamtiur Gultom");
        s.smallUnit(evaluations, calibration, "Kecamatan Siantar Barat", "Rudolf Tambunan", "Mega Situmorang", "Agus Purba");
        // more people below the Dinas too: another section of three with a grade of its own
        s.smallUnit(evaluations, calibration, s.dinas.id(), "Seksi Kesehatan Lingkungan", "Berliana Sinaga", "Jonson Ginting", "Ria Tarigan");
        Counts larger = measure(s);
        assertThat(larger.people()).isGreaterThan(small.people());
        assertThat(larger.rows()).isGreaterThan(small.rows());
        assertThat(larger.dinasPeople()).isEqualTo(small.dinasPeople() + 3);
        assertThat(larger.unit()).isEqualTo(small.unit());
        assertThat(larger.agency()).isEqualTo(small.agency());
        assertThat(larger.published()).isEqualTo(small.published());
        assertThat(small.unit()).isBetween(3, 8);
        assertThat(small.agency()).isBetween(3, 6);
        assertThat(small.published()).isBetween(4, 8);
    }
}
