package id.capaian.development;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.organisation.Employee;
import id.capaian.planning.cascade.StatementCounter;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The gaps of a unit and an employee's profile take the same few statements whatever the number of people. */
@IntegrationTest
@Import(StatementCounter.Config.class)
class UnitGapStatementCountIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired CompetencyManagement competencies;
    @Autowired JdbcClient jdbc;

    @Test
    void theSameStatementsFor5And35People() {
        DevelopmentScenario s = new DevelopmentScenario(data, users, competencies, jdbc);
        long agency = s.agency.id();
        var small = StatementCounter.count(() -> competencies.unitGaps(s.adminActor, agency, s.dinas.id(), true));
        var smallProfile = StatementCounter.count(() -> competencies.profile(s.adminActor, agency, s.staff.get(0).id()));
        assertThat(small.value().employees()).isEqualTo(8);

        // thirty more analysts in the section, each with three assessment results
        for (int i = 0; i < 30; i++) {
            Employee e = data.employee(s.agency, s.seksi, s.analyst, s.head, "Analis Tambahan " + i);
            for (String code : new String[] {"KOMUNIKASI", "KERJA_SAMA", "PELAYANAN_PUBLIK"}) {
                jdbc.sql("""
                        INSERT INTO competency_assessment (agency_id, employee_id, competency_id, level, assessed_on, method, recorded_by)
                        VALUES (:a, :e, :c, :l, :d, 'IMPORT', 'test')
                        """).param("a", agency).param("e", e.id()).param("c", s.id(code)).param("l", 1 + i % 5)
                        .param("d", TODAY.minusDays(i)).update();
            }
        }
        var large = StatementCounter.count(() -> competencies.unitGaps(s.adminActor, agency, s.dinas.id(), true));
        var largeProfile = StatementCounter.count(() -> competencies.profile(s.adminActor, agency, s.staff.get(0).id()));
        assertThat(large.value().employees()).isEqualTo(38);
        assertThat(large.value().lines()).filteredOn(l -> l.code().equals("KOMUNIKASI")).singleElement()
                .satisfies(l -> assertThat(l.assessed()).isEqualTo(30));
        assertThat(large.statements()).isEqualTo(small.statements()).isBetween(1, 4);
        assertThat(largeProfile.statements()).isEqualTo(smallProfile.statements()).isBetween(1, 5);
        // the head of the section: one more statement for the access check, still fixed
        var byHead = StatementCounter.count(() -> competencies.unitGaps(s.headActor, agency, s.seksi.id(), true));
        assertThat(byHead.statements()).isEqualTo(small.statements() + 1);
    }
}
