package id.capaian.development;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.demo.DemoDevelopment;
import id.capaian.feedback.DialogueManagement;
import id.capaian.feedback.DialogueStatus;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The demo's competency development, loaded (once) on top of the demo agency and its evaluated 2025. */
@IntegrationTest
@TestPropertySource(properties = {"capaian.demo.enabled=true", "capaian.embedded-db.database=demo_test"})
class DemoDevelopmentIntegrationTests {

    private static final Actor SYSTEM = Actor.system();

    @Autowired DemoDevelopment demo;
    @Autowired JdbcClient jdbc;
    @Autowired CompetencyManagement competencies;
    @Autowired DevelopmentPlanManagement plans;
    @Autowired MentoringManagement mentoring;
    @Autowired DialogueManagement dialogues;

    private long agencyId() {
        return jdbc.sql("SELECT id FROM agency WHERE code = '1273'").query(Long.class).single();
    }

    private long unit(long agency, String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE agency_id = :a AND code = :c").param("a", agency).param("c", code)
                .query(Long.class).single();
    }

    @Test
    void standardsAssessmentsPlansAndMentoringAreThereOnce() {
        long agency = agencyId();
        demo.load(agency);
        long standards = jdbc.sql("SELECT count(DISTINCT position_id) FROM position_competency WHERE agency_id = :a")
                .param("a", agency).query(Long.class).single();
        long assessments = jdbc.sql("SELECT count(*) FROM competency_assessment WHERE agency_id = :a").param("a", agency)
                .query(Long.class).single();
        demo.load(agency); // idempotent
        assertThat(jdbc.sql("SELECT count(*) FROM competency_assessment WHERE agency_id = :a").param("a", agency)
                .query(Long.class).single()).isEqualTo(assessments);
        assertThat(standards).isGreaterThanOrEqualTo(10);
        assertThat(assessments).isGreaterThan(100);
        assertThat(competencies.dictionary(SYSTEM, agency, false)).extracting(Competency::code)
                .contains("MANAJEMEN_ASN", "PELAYANAN_KESEHATAN_PRIMER");

        // gaps of BKPSDM and DINKES: assessed, some below, some not yet assessed
        for (String code : List.of("BKPSDM", "DINKES")) {
            UnitGaps gaps = competencies.unitGaps(SYSTEM, agency, unit(agency, code), true);
            assertThat(gaps.lines()).as(code).isNotEmpty();
            assertThat(gaps.lines().stream().mapToInt(UnitGaps.Line::assessed).sum()).as(code).isPositive();
            assertThat(gaps.below()).as(code).isPositive();
        }

        // the 2025 below-expectation people have their 2026 plans; one agreed in a held dialogue, an action done
        List<Long> below = jdbc.sql("""
                SELECT ev.employee_id FROM evaluation ev JOIN performance_period pp ON pp.id = ev.period_id
                WHERE ev.agency_id = :a AND pp.year = 2025 AND ev.kind = 'ANNUAL' AND ev.status = 'FINAL'
                  AND ev.final_predikat IN ('BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')
                """).param("a", agency).query(Long.class).list();
        assertThat(below).isNotEmpty();
        List<DevelopmentPlanRow> rows = plans.list(SYSTEM, agency, 2026, true);
        assertThat(rows).filteredOn(DevelopmentPlanRow::belowExpectation).isNotEmpty()
                .allSatisfy(r -> assertThat(r.hasPlan()).as(r.name()).isTrue());
        List<DevelopmentPlanRow> agreed = rows.stream().filter(r -> r.status() == DevelopmentPlanStatus.AGREED).toList();
        assertThat(agreed).hasSize(1);
        DevelopmentPlan plan = plans.get(SYSTEM, agency, agreed.get(0).planId());
        assertThat(plan.dialogueId()).isNotNull();
        assertThat(dialogues.get(SYSTEM, agency, plan.dialogueId()).status()).isEqualTo(DialogueStatus.HELD);
        assertThat(plan.done()).isEqualTo(1);
        assertThat(plan.closed()).isLessThan(plan.actions().size());
        assertThat(plan.actions()).extracting(DevelopmentAction::source).contains(ActionSource.PERFORMANCE_GAP);

        // two mentoring pairs with sessions
        assertThat(mentoring.list(SYSTEM, agency, true)).hasSize(2)
                .allSatisfy(r -> assertThat(r.sessions()).isGreaterThanOrEqualTo(2));
    }
}
