package id.capaian.talent;

import static id.capaian.talent.TalentScenario.TODAY;
import static id.capaian.talent.TalentScenario.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.capaian.evaluation.Predikat;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Problem;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Critical positions and their succession candidates, suggested from the talent pool by competency fit. */
@IntegrationTest
class SuccessionIntegrationTests {

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired TalentManagement talent;
    @Autowired SuccessionManagement succession;
    @Autowired MessageSource messages;

    TalentScenario s;

    @BeforeEach
    void scenario() {
        s = new TalentScenario(data, users, jdbc);
    }

    private CriticalPosition critical() {
        return succession.create(s.adminActor, s.agency.id(), new CriticalPositionForm(s.target.id(), s.bidang.id(),
                "Pemangku pensiun tahun depan; penilaian kinerja seluruh OPD bergantung pada bidang ini", VacancyRisk.HIGH));
    }

    @Test
    void aCriticalPositionGetsCandidatesWithReadinessAndTheCandidateSeesIt() {
        CriticalPosition c = critical();
        assertThat(c.positionName()).isEqualTo("Kepala Bidang Penilaian Kinerja");
        assertThat(c.unitName()).isEqualTo("Bidang Penilaian Kinerja");
        assertThat(c.risk()).isEqualTo(VacancyRisk.HIGH);
        assertThat(c.holders()).isEmpty();
        // the same position and unit twice is refused, with a translated message
        InvalidInputException twice = assertThrows(InvalidInputException.class, this::critical);
        assertThat(twice.problems()).extracting(Problem::code).containsExactly("talent.critical.error.duplicate");
        assertThat(messages.getMessage("talent.critical.error.duplicate", null, Locale.ENGLISH))
                .isEqualTo("This position in the same unit is already a critical position.");

        c = succession.addCandidate(s.adminActor, s.agency.id(), c.id(),
                new CandidateForm(s.kasi.nip(), Readiness.READY_NOW, "Sudah memimpin subbidang tiga tahun"));
        c = succession.addCandidate(s.adminActor, s.agency.id(), c.id(),
                new CandidateForm(s.staff.get(0).nip(), Readiness.READY_3_YEARS, null));
        assertThat(c.candidates()).extracting(SuccessionCandidate::employeeId).containsExactly(s.kasi.id(), s.staff.get(0).id());
        assertThat(c.readyNow()).isEqualTo(1);
        long id = c.id();
        InvalidInputException already = assertThrows(InvalidInputException.class, () -> succession.addCandidate(
                s.adminActor, s.agency.id(), id, new CandidateForm(s.kasi.nip(), Readiness.READY_NOW, null)));
        assertThat(already.problems()).extracting(Problem::code).containsExactly("talent.critical.error.already");
        InvalidInputException noReadiness = assertThrows(InvalidInputException.class, () -> succession.addCandidate(
                s.adminActor, s.agency.id(), id, new CandidateForm(s.staff.get(1).nip(), null, null)));
        assertThat(noReadiness.problems()).extracting(Problem::field).containsExactly("readiness");

        c = succession.updateCandidate(s.adminActor, s.agency.id(), id, s.staff.get(0).id(), Readiness.READY_1_2_YEARS,
                "Ikut pelatihan kepemimpinan pengawas");
        assertThat(c.candidates()).filteredOn(x -> x.employeeId() == s.staff.get(0).id())
                .extracting(SuccessionCandidate::readiness).containsExactly(Readiness.READY_1_2_YEARS);

        // the candidate's path shows it; a colleague who is no candidate has none
        TalentProfile path = talent.mine(s.staffActors.get(0), null);
        assertThat(path.successions()).extracting(TalentProfile.Succession::positionName)
                .containsExactly("Kepala Bidang Penilaian Kinerja");
        assertThat(path.successions().get(0).readiness()).isEqualTo(Readiness.READY_1_2_YEARS);
        assertThat(talent.mine(s.staffActors.get(1), null).successions()).isEmpty();

        c = succession.removeCandidate(s.adminActor, s.agency.id(), id, s.staff.get(0).id());
        assertThat(c.candidates()).extracting(SuccessionCandidate::employeeId).containsExactly(s.kasi.id());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'critical_position' AND entity_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(5);

        // HR reads; the head may not change; a staff member and another agency see nothing
        assertThat(succession.list(s.headActor, s.agency.id())).extracting(CriticalPosition::id).contains(id);
        assertThatThrownBy(() -> succession.addCandidate(s.headActor, s.agency.id(), id,
                new CandidateForm(s.staff.get(1).nip(), Readiness.READY_NOW, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> succession.list(s.staffActors.get(0), s.agency.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> succession.get(s.kasiActor, s.agency.id(), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> succession.get(s.strangerActor, s.agency.id(), id)).isInstanceOf(AccessDeniedException.class);

        succession.delete(s.adminActor, s.agency.id(), id);
        assertThat(succession.list(s.adminActor, s.agency.id())).extracting(CriticalPosition::id).doesNotContain(id);
    }

    @Test
    void suggestionsComeFromThePoolWithTheBestCompetencyFitFirst() {
        for (String code : List.of("INTEGRITAS", "KOMUNIKASI")) {
            s.standard(s.target, code, 4);
        }
        LocalDate on = LocalDate.of(YEAR, 11, 1);
        // in the pool: staff 0 (box 9), staff 1 (box 8), kasi (box 7); staff 2 is box 5, not in the pool
        s.finalEvaluation(s.staff.get(0), YEAR, Predikat.SANGAT_BAIK);
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(0), "90", on));
        s.finalEvaluation(s.staff.get(1), YEAR, Predikat.BAIK);
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(1), "84", on));
        s.finalEvaluation(s.kasi, YEAR, Predikat.SANGAT_BAIK);
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.kasi, "70", on));
        s.finalEvaluation(s.staff.get(2), YEAR, Predikat.BAIK);
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(2), "65", on));
        // fit: staff 1 meets both levels (100), kasi misses 1 of 8 (87.5), staff 0 nothing assessed (0)
        s.assessed(s.staff.get(1), "INTEGRITAS", 4, TODAY.minusMonths(2));
        s.assessed(s.staff.get(1), "KOMUNIKASI", 5, TODAY.minusMonths(2));
        s.assessed(s.kasi, "INTEGRITAS", 4, TODAY.minusMonths(2));
        s.assessed(s.kasi, "KOMUNIKASI", 3, TODAY.minusMonths(2));

        CriticalPosition c = critical();
        List<PoolSuggestion> suggested = succession.suggestions(s.adminActor, s.agency.id(), c.id(), 10);
        assertThat(suggested).extracting(PoolSuggestion::employeeId)
                .containsExactly(s.staff.get(1).id(), s.kasi.id(), s.staff.get(0).id());
        assertThat(suggested.get(0).fit()).isEqualByComparingTo("100");
        assertThat(suggested.get(1).fit()).isEqualByComparingTo("87.5");
        assertThat(suggested.get(1).gaps()).isEqualTo(1);
        assertThat(suggested.get(1).required()).isEqualTo(8);
        assertThat(suggested.get(2).fit()).isEqualByComparingTo("0");
        assertThat(suggested.get(0).box()).isEqualTo(8);

        // a candidate is no longer suggested; the detail shows their box and fit
        c = succession.addCandidate(s.adminActor, s.agency.id(), c.id(),
                new CandidateForm(s.staff.get(1).nip(), Readiness.READY_1_2_YEARS, null));
        assertThat(succession.suggestions(s.adminActor, s.agency.id(), c.id(), 10)).extracting(PoolSuggestion::employeeId)
                .containsExactly(s.kasi.id(), s.staff.get(0).id());
        SuccessionCandidate detail = succession.get(s.adminActor, s.agency.id(), c.id()).candidates().get(0);
        assertThat(detail.box()).isEqualTo(8);
        assertThat(detail.fit()).isEqualByComparingTo("100");
    }
}
