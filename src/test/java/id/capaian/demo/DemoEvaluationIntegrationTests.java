package id.capaian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.CoachingManagement;
import id.capaian.evaluation.CoachingPlan;
import id.capaian.evaluation.Explained;
import id.capaian.evaluation.Objection;
import id.capaian.evaluation.PeerReviewManagement;
import id.capaian.evaluation.UnitDistribution;
import id.capaian.organisation.AgencyManagement;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The demo's evaluated year, loaded at start-up in the same database as the other demo tests. */
@IntegrationTest
@TestPropertySource(properties = {"capaian.demo.enabled=true", "capaian.embedded-db.database=demo_test"})
class DemoEvaluationIntegrationTests {

    private static final Actor SYSTEM = Actor.system();

    @Autowired AgencyManagement agencies;
    @Autowired JdbcClient jdbc;
    @Autowired CalibrationManagement calibration;
    @Autowired CoachingManagement coaching;
    @Autowired PeerReviewManagement peers;

    private long agencyId() {
        return agencies.findByCode(DemoPlan.AGENCY_CODE).orElseThrow().id();
    }

    private long period(int year) {
        return jdbc.sql("SELECT id FROM performance_period WHERE agency_id = :a AND year = :y").param("a", agencyId())
                .param("y", year).query(Long.class).single();
    }

    private long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE agency_id = :a AND code = :c").param("a", agencyId()).param("c", code)
                .query(Long.class).single();
    }

    @Test
    void everyApproved2025PlanIsEvaluatedAndAllButOneUnitIsFinal() {
        long period = period(DemoPlanning.PREVIOUS_YEAR);
        long approved = jdbc.sql("SELECT count(*) FROM performance_plan WHERE period_id = :p AND status = 'APPROVED'")
                .param("p", period).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM evaluation WHERE period_id = :p AND kind = 'ANNUAL' AND status IN ('RATED', 'FINAL')")
                .param("p", period).query(Long.class).single()).isEqualTo(approved).isGreaterThan(10);
        CalibrationManagement.AgencyOverview overview = calibration.overview(SYSTEM, agencyId(), period);
        assertThat(overview.uncovered()).isZero();
        assertThat(overview.units()).filteredOn(u -> !u.finalised()).singleElement()
                .satisfies(u -> assertThat(u.unitId()).isEqualTo(unit(DemoEvaluations.CALIBRATION_UNIT)));
        assertThat(overview.units()).filteredOn(CalibrationManagement.GradedUnit::finalised).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void theBidangPenilaianKinerjaNeedsCalibration() {
        UnitDistribution d = calibration.distribution(SYSTEM, agencyId(), period(DemoPlanning.PREVIOUS_YEAR),
                unit(DemoEvaluations.CALIBRATION_UNIT));
        assertThat(d.grade()).isNotNull();
        assertThat(d.finalised()).isFalse();
        assertThat(d.check().fits()).isFalse();
        assertThat(d.blockers()).extracting(Explained::rule).contains("evaluation.blocker.rule.MIN_COUNT");
        // the featured employee has 360 input from three colleagues, shown as aggregates
        long featured = jdbc.sql("""
                SELECT ev.id FROM evaluation ev WHERE ev.period_id = :p AND ev.kind = 'ANNUAL'
                  AND EXISTS (SELECT 1 FROM peer_invitation i WHERE i.evaluation_id = ev.id)
                """).param("p", period(DemoPlanning.PREVIOUS_YEAR)).query(Long.class).single();
        assertThat(peers.summary(SYSTEM, agencyId(), featured).shown()).isTrue();
    }

    @Test
    void followUpIsUnderWay() {
        long period = period(DemoPlanning.PREVIOUS_YEAR);
        assertThat(calibration.recognitionList(SYSTEM, agencyId(), period, null)).isNotEmpty()
                .allSatisfy(h -> assertThat(h.award()).isNotBlank());
        assertThat(coaching.list(SYSTEM, agencyId(), CoachingPlan.Status.ACTIVE)).singleElement()
                .satisfies(c -> assertThat(coaching.get(SYSTEM, agencyId(), c.id()).checkIns()).hasSize(2));
        assertThat(jdbc.sql("SELECT status FROM objection WHERE agency_id = :a").param("a", agencyId()).query(String.class).list())
                .containsExactly(Objection.Status.FILED.name());
        assertThat(jdbc.sql("SELECT count(*) FROM predikat_change WHERE agency_id = :a AND source = 'CALIBRATION'")
                .param("a", agencyId()).query(Long.class).single()).isEqualTo(1);
        if (LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() == DemoPlanning.YEAR
                && LocalDate.now(ZoneId.of("Asia/Jakarta")).getMonthValue() > 1) {
            assertThat(jdbc.sql("SELECT count(*) FROM evaluation WHERE period_id = :p AND kind = 'PERIODIC' AND status = 'FINAL'")
                    .param("p", period(DemoPlanning.YEAR)).query(Long.class).single()).isPositive();
        }
    }
}
