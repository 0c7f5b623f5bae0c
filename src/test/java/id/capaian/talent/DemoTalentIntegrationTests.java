package id.capaian.talent;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.demo.DemoTalent;
import id.capaian.organisation.AgencyManagement;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo city's talent data on top of its evaluated 2025: a spread over the 9-box, a pool, who is missing what,
 * two critical positions with candidates, a promotion decided with reasons and a transfer ranked and open. The loader
 * runs here itself (and again, to show it is made once).
 */
@IntegrationTest
@TestPropertySource(properties = {"capaian.demo.enabled=true", "capaian.embedded-db.database=demo_test"})
class DemoTalentIntegrationTests {

    private static final Actor SYSTEM = Actor.system();

    @Autowired AgencyManagement agencies;
    @Autowired DemoTalent demo;
    @Autowired TalentManagement talent;
    @Autowired SuccessionManagement succession;
    @Autowired CareerManagement careers;
    @Autowired JdbcClient jdbc;

    @Test
    void theDemoCityHasASpreadAPoolCriticalPositionsAndProposals() {
        long agencyId = agencies.findByCode("1273").orElseThrow().id();
        demo.load(agencyId);
        long assessments = jdbc.sql("SELECT count(*) FROM potential_assessment WHERE agency_id = :a").param("a", agencyId)
                .query(Long.class).single();
        demo.load(agencyId);
        assertThat(jdbc.sql("SELECT count(*) FROM potential_assessment WHERE agency_id = :a").param("a", agencyId)
                .query(Long.class).single()).isEqualTo(assessments).isGreaterThan(10);

        TalentGrid grid = talent.grid(SYSTEM, agencyId, null);
        assertThat(grid.period().year()).isEqualTo(2025);
        assertThat(grid.placements()).hasSizeGreaterThanOrEqualTo(6);
        Set<Integer> boxes = grid.placements().stream().map(Placement::box).collect(Collectors.toSet());
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(5).contains(9, 8, 5, 1);
        assertThat(grid.pool()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(grid.placements()).allSatisfy(p -> assertThat(p.explanation()).hasSize(4));
        // the Bidang Penilaian Kinerja is assessed but not final; one analyst was assessed only in 2026
        assertThat(grid.missingPerformance()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(m -> assertThat(m.evaluationStatus()).isEqualTo("RATED"));
        assertThat(grid.missingPotential()).anySatisfy(m -> assertThat(m.laterAssessmentOn()).isNotNull());

        List<CriticalPosition> criticals = succession.list(SYSTEM, agencyId);
        assertThat(criticals).hasSize(2);
        assertThat(criticals).allSatisfy(c -> assertThat(c.candidates()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(criticals).extracting(CriticalPosition::risk).contains(VacancyRisk.HIGH);

        List<CareerProposal> proposals = careers.list(SYSTEM, agencyId);
        assertThat(proposals).hasSize(2);
        CareerProposal promotion = careers.get(SYSTEM, agencyId, proposals.stream()
                .filter(p -> p.kind() == ProposalKind.PROMOTION).findFirst().orElseThrow().id());
        assertThat(promotion.status()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(promotion.chosenId()).isEqualTo(promotion.top().employeeId());
        assertThat(promotion.decisionReason()).contains("Nilai merit tertinggi");
        assertThat(promotion.decidedBy()).isNotBlank();
        assertThat(promotion.candidates()).hasSize(3).allSatisfy(c -> assertThat(c.explanation()).startsWith("Peringkat"));
        // every criterion is at work: the candidates differ in more than one score
        assertThat(promotion.candidates().stream().map(CareerCandidate::competency).distinct().count()).isGreaterThan(1);
        assertThat(promotion.candidates().stream().map(CareerCandidate::training).distinct().count()).isGreaterThan(1);
        CareerProposal transfer = careers.get(SYSTEM, agencyId, proposals.stream()
                .filter(p -> p.kind() == ProposalKind.TRANSFER).findFirst().orElseThrow().id());
        assertThat(transfer.status()).isEqualTo(ProposalStatus.RANKED);
        assertThat(transfer.candidates()).extracting(CareerCandidate::rank).containsExactly(1, 2);

        // the chosen candidate sees their path: chosen, rank 1, and their succession candidacy
        long chosen = promotion.chosenId();
        String nip = jdbc.sql("SELECT nip FROM employee WHERE id = :e").param("e", chosen).query(String.class).single();
        Actor me = new Actor() {
            @Override public String username() { return nip; }
            @Override public Long agencyId() { return agencyId; }
            @Override public Long employeeId() { return chosen; }
            @Override public Set<id.capaian.platform.Role> roles() { return Set.of(id.capaian.platform.Role.EMPLOYEE); }
        };
        TalentProfile mine = talent.mine(me, null);
        assertThat(mine.candidacies()).singleElement().satisfies(c -> {
            assertThat(c.chosen()).isTrue();
            assertThat(c.rank()).isEqualTo(1);
            assertThat(c.explanation()).startsWith("Peringkat 1 dari 3");
        });
        assertThat(mine.qualifications()).isNotEmpty();
    }
}
