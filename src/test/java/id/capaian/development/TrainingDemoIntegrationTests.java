package id.capaian.development;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.demo.DemoTraining;
import id.capaian.organisation.AgencyManagement;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The demo's training year, loaded into the demo agency (once: loading again changes nothing). */
@IntegrationTest
@TestPropertySource(properties = {"capaian.demo.enabled=true", "capaian.embedded-db.database=demo_test"})
class TrainingDemoIntegrationTests {

    static final int YEAR = 2026;
    static final Actor SYSTEM = Actor.system();

    @Autowired DemoTraining demo;
    @Autowired AgencyManagement agencies;
    @Autowired JdbcClient jdbc;
    @Autowired JpMonitoring monitoring;
    @Autowired TrainingManagement trainings;

    long agency;

    @BeforeEach
    void load() {
        agency = agencies.findByCode("1273").orElseThrow().id();
        demo.load(agency);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("a", agency).query(Long.class).single();
    }

    @Test
    void aCatalogueAndARealisticSpreadOfJp() {
        assertThat(count("SELECT count(*) FROM training WHERE agency_id = :a")).isEqualTo(13);
        assertThat(trainings.catalogue(SYSTEM, agency, "ASN Unggul", null, false, 0, 25).content()).extracting(Training::code)
                .contains("ELEARN-MANAJEMEN-ASN", "ELEARN-SIASN");
        long verified = count("SELECT count(*) FROM training_enrolment WHERE agency_id = :a AND status = 'VERIFIED'");
        assertThat(verified).isGreaterThan(250);

        JpBoard board = monitoring.agency(SYSTEM, agency, YEAR);
        int employees = board.total().employees();
        assertThat(employees).isGreaterThan(250);
        // about a quarter met 20 JP, many are behind with some JP, some have none
        assertThat(board.total().met()).isBetween(employees / 8, employees / 2);
        long some = jdbc.sql("""
                SELECT count(*) FROM (SELECT x.employee_id, sum(x.jp) AS jp FROM training_enrolment x
                WHERE x.agency_id = :a AND x.status = 'VERIFIED' AND EXTRACT(YEAR FROM x.completed_on) = 2026 GROUP BY x.employee_id) s
                WHERE s.jp BETWEEN 1 AND 19
                """).param("a", agency).query(Long.class).single();
        assertThat(some).isGreaterThan(employees / 4);
        assertThat(board.total().behind() - some).as("employees with no JP at all").isGreaterThan(employees / 20);
        assertThat(board.rows()).extracting(JpUnitRow::name).contains("Dinas Kesehatan", "Dinas Pendidikan");

        // certificates waiting, with a generated PDF; a few rejected with their reason
        long pending = count("SELECT count(*) FROM training_enrolment WHERE agency_id = :a AND status = 'COMPLETED'");
        assertThat(pending).isGreaterThanOrEqualTo(8);
        assertThat(board.total().pendingVerifications()).isEqualTo((int) pending);
        assertThat(count("SELECT count(*) FROM training_enrolment WHERE agency_id = :a AND status = 'REJECTED' AND rejection_reason IS NOT NULL"))
                .isBetween(1L, 3L);
        long anyPending = count("SELECT min(id) FROM training_enrolment WHERE agency_id = :a AND status = 'COMPLETED'");
        try (InputStream in = trainings.certificate(SYSTEM, agency, anyPending).content()) {
            assertThat(new String(in.readNBytes(5))).isEqualTo("%PDF-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theBidangPenilaianKinerjaWentTheWholeWay() {
        // enrolled, certificate uploaded, verified by their appraiser (a person, not a recorded list)
        long unit = jdbc.sql("SELECT id FROM org_unit WHERE agency_id = :a AND code = 'BKPSDM.PK'").param("a", agency).query(Long.class).single();
        JpBoard pk = monitoring.unit(SYSTEM, agency, unit, YEAR);
        assertThat(pk.total().employees()).isGreaterThan(2);
        assertThat(pk.total().met()).isGreaterThanOrEqualTo(pk.total().employees() - 1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM training_enrolment x JOIN employee e ON e.id = x.employee_id
                WHERE e.unit_id = :u AND x.status = 'VERIFIED' AND x.certificate_key IS NOT NULL AND x.verified_by NOT LIKE '%(%'
                """).param("u", unit).query(Long.class).single()).isGreaterThan(3);
        // the unit's head (the featured supervisor) has the featured employee's webinar certificate to verify
        long head = jdbc.sql("SELECT head_employee_id FROM org_unit WHERE id = :u").param("u", unit).query(Long.class).single();
        Actor supervisor = new Actor() {
            @Override public String username() { return "supervisor"; }
            @Override public Long agencyId() { return agency; }
            @Override public Long employeeId() { return head; }
            @Override public java.util.Set<id.capaian.platform.Role> roles() { return java.util.Set.of(id.capaian.platform.Role.EMPLOYEE); }
        };
        assertThat(trainings.verificationQueue(supervisor, agency, 0, 25).content()).extracting(TrainingEnrolment::title)
                .contains("Webinar BKN: Implementasi Manajemen Kinerja ASN");
        // the agency's administrator never verified their own
        assertThat(count("""
                SELECT count(*) FROM training_enrolment x JOIN employee e ON e.id = x.employee_id
                WHERE x.agency_id = :a AND split_part(x.verified_by, ' ', 1) = e.nip
                """)).isZero();
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = count("SELECT count(*) FROM training_enrolment WHERE agency_id = :a");
        demo.load(agency);
        assertThat(count("SELECT count(*) FROM training_enrolment WHERE agency_id = :a")).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM training WHERE agency_id = :a")).isEqualTo(13);
    }
}
