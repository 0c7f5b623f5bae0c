package id.capaian.talent;

import static id.capaian.talent.TalentScenario.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.evaluation.Predikat;
import id.capaian.organisation.Employee;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who sees talent data (issue 7 point 6): the employee themselves, their line (superiors and appraisers up the chain)
 * and the agency's HR staff (administrators and head) and national administrators. Colleagues, managers beside the
 * line and other agencies are refused; the agency-wide 9-box and pool are for HR; a line manager sees only the boxes
 * of the people below them.
 */
@IntegrationTest
class TalentAccessIntegrationTests {

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired TalentManagement talent;

    TalentScenario s;

    @BeforeEach
    void scenario() {
        s = new TalentScenario(data, users, jdbc);
        LocalDate on = LocalDate.of(YEAR, 10, 1);
        for (Employee e : List.of(s.staff.get(0), s.staff.get(1), s.kasi, s.kabid, s.sideKabid)) {
            s.finalEvaluation(e, YEAR, Predikat.BAIK);
            talent.recordPotential(s.adminActor, s.agency.id(), s.potential(e, "85", on));
        }
    }

    private boolean sees(Actor actor, Employee e) {
        try {
            TalentProfile p = talent.profile(actor, s.agency.id(), e.id(), null);
            talent.assessmentsOf(actor, s.agency.id(), e.id());
            return p.placement() != null;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }

    @Test
    void anEmployeeSeesTheirOwnBoxAndAColleagueIsRefused() {
        assertThat(sees(s.staffActors.get(0), s.staff.get(0))).isTrue();
        assertThat(talent.mine(s.staffActors.get(0), null).placement().box()).isEqualTo(8);
        // a colleague in the same section, and the other way round
        assertThat(sees(s.staffActors.get(1), s.staff.get(0))).isFalse();
        assertThat(sees(s.staffActors.get(0), s.staff.get(1))).isFalse();
        assertThatThrownBy(() -> talent.assessmentsOf(s.staffActors.get(1), s.agency.id(), s.staff.get(0).id()))
                .isInstanceOf(AccessDeniedException.class);
        // looking up at one's own superior is refused too
        assertThat(sees(s.staffActors.get(0), s.kasi)).isFalse();
    }

    @Test
    void theLineSeesThePeopleBelowOnly() {
        // the section head, the head of division and the head of office, up the chain
        assertThat(sees(s.kasiActor, s.staff.get(0))).isTrue();
        assertThat(sees(s.kabidActor, s.staff.get(0))).isTrue();
        assertThat(sees(s.kadisActor, s.staff.get(0))).isTrue();
        assertThat(sees(s.kabidActor, s.kasi)).isTrue();
        // not up, not beside
        assertThat(sees(s.kasiActor, s.kabid)).isFalse();
        assertThat(sees(s.kasiActor, s.sideKabid)).isFalse();
        assertThat(sees(s.sideKabidActor, s.staff.get(0))).isFalse();
        assertThat(sees(s.sideKabidActor, s.kasi)).isFalse();

        // an appraiser set apart from the superior is in the line too, for that person only
        jdbc.sql("UPDATE employee SET appraiser_id = :ap WHERE id = :e").param("ap", s.sideKabid.id())
                .param("e", s.staff.get(1).id()).update();
        assertThat(sees(s.sideKabidActor, s.staff.get(1))).isTrue();
        assertThat(sees(s.sideKabidActor, s.staff.get(0))).isFalse();

        // the team views: exactly the people below
        assertThat(talent.team(s.kasiActor, s.agency.id(), null).placements()).extracting(Placement::employeeId)
                .containsExactlyInAnyOrder(s.staff.get(0).id(), s.staff.get(1).id());
        assertThat(talent.team(s.kasiActor, s.agency.id(), null).missing()).extracting(MissingInput::employeeId)
                .containsExactlyInAnyOrder(s.staff.get(2).id(), s.staff.get(3).id());
        assertThat(talent.team(s.kabidActor, s.agency.id(), null).placements()).extracting(Placement::employeeId)
                .containsExactlyInAnyOrder(s.kasi.id(), s.staff.get(0).id(), s.staff.get(1).id());
        assertThat(talent.team(s.kadisActor, s.agency.id(), null).placements()).extracting(Placement::employeeId)
                .containsExactlyInAnyOrder(s.kabid.id(), s.sideKabid.id(), s.kasi.id(), s.staff.get(0).id(),
                        s.staff.get(1).id());
        assertThat(talent.team(s.sideKabidActor, s.agency.id(), null).placements()).extracting(Placement::employeeId)
                .containsExactly(s.staff.get(1).id());
        assertThat(talent.team(s.staffActors.get(0), s.agency.id(), null).placements()).isEmpty();
        assertThat(talent.hasTeam(s.kasiActor, s.agency.id())).isTrue();
        assertThat(talent.hasTeam(s.staffActors.get(0), s.agency.id())).isFalse();
    }

    @Test
    void theAgencyWideGridAndPoolAreForHrOnly() {
        assertThat(talent.grid(s.adminActor, s.agency.id(), null).placements()).hasSize(5);
        assertThat(talent.grid(s.headActor, s.agency.id(), null).pool()).hasSize(5);
        assertThat(talent.grid(Actor.system(), s.agency.id(), null).placements()).hasSize(5);
        for (Actor notHr : List.of(s.kadisActor, s.kasiActor, s.staffActors.get(0), s.strangerActor)) {
            assertThatThrownBy(() -> talent.grid(notHr, s.agency.id(), null)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> talent.recentAssessments(s.kasiActor, s.agency.id(), 10))
                .isInstanceOf(AccessDeniedException.class);
        // HR sees everyone's page
        for (Actor hr : List.of(s.adminActor, s.headActor, Actor.system())) {
            assertThat(sees(hr, s.staff.get(0))).isTrue();
            assertThat(sees(hr, s.kabid)).isTrue();
        }
    }

    @Test
    void anotherAgencySeesNothing() {
        assertThat(sees(s.strangerActor, s.staff.get(0))).isFalse();
        assertThatThrownBy(() -> talent.team(s.strangerActor, s.agency.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> talent.settings(s.strangerActor, s.agency.id())).isInstanceOf(AccessDeniedException.class);
        // an employee of another agency looked up under this agency does not exist here
        assertThatThrownBy(() -> talent.profile(s.adminActor, s.agency.id(), s.stranger.id(), null))
                .isInstanceOf(NotFoundException.class);
        // the stranger's own administrator rights do not reach here
        assertThatThrownBy(() -> talent.recordPotential(s.strangerActor, s.agency.id(),
                s.potential(s.staff.get(0), "10", LocalDate.of(YEAR, 1, 1)))).isInstanceOf(AccessDeniedException.class);
    }
}
