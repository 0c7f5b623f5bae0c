package id.capaian.talent;

import static id.capaian.talent.TalentScenario.TODAY;
import static id.capaian.talent.TalentScenario.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.capaian.evaluation.Predikat;
import id.capaian.organisation.Employee;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Problem;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Promotion and transfer proposals: the ranking by open merit criteria with numbers worked out by hand, the
 * explanation of each, the tie-break, and the decision that needs reasons (and a reason why not the first-ranked).
 */
@IntegrationTest
class CareerIntegrationTests {

    static final Locale ID = Locale.forLanguageTag("id");

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired TalentManagement talent;
    @Autowired CareerManagement careers;
    @Autowired MessageSource messages;

    TalentScenario s;
    Employee a;
    Employee b;
    Employee c;

    @BeforeEach
    void scenario() {
        s = new TalentScenario(data, users, jdbc);
        a = s.staff.get(0);
        b = s.staff.get(1);
        c = s.kasi;
        // the target position's standard: four competencies at level 3 (12 levels in all)
        for (String code : List.of("INTEGRITAS", "KERJA_SAMA", "KOMUNIKASI", "ORIENTASI_HASIL")) {
            s.standard(s.target, code, 3);
        }
    }

    /**
     * A: SANGAT_KURANG 3 years before the window (not counted), then BAIK, SANGAT_BAIK, SANGAT_BAIK = 91.67;
     * levels 3, 2 (an older 4 does not count), 3, 2: gaps 2 of 12 = 83.33; 24 verified JP in the last 12 months (30
     * older ones and 20 not verified do not count) of 20 = 100; S1 (and SMA) = 80. Total (91.67x40 + 83.33x30 +
     * 100x15 + 80x15) / 100 = 88.667 = 88.67.
     * B: BAIK once = 75; levels 3, 4, 3, 3: no gap = 100; 10 JP = 50; S2 = 90. Total (3000 + 3000 + 750 + 1350) / 100
     * = 81.00.
     * C: BAIK twice = 75; nothing assessed: gaps 12 of 12 = 0; no JP = 0; no education = 30. Total (3000 + 450) / 100 =
     * 34.50.
     */
    private void inputs() {
        s.finalEvaluation(a, YEAR - 3, Predikat.SANGAT_KURANG);
        s.finalEvaluation(a, YEAR - 2, Predikat.BAIK);
        s.finalEvaluation(a, YEAR - 1, Predikat.SANGAT_BAIK);
        s.finalEvaluation(a, YEAR, Predikat.SANGAT_BAIK);
        s.assessed(a, "INTEGRITAS", 3, TODAY.minusMonths(6));
        s.assessed(a, "KERJA_SAMA", 4, TODAY.minusMonths(20));
        s.assessed(a, "KERJA_SAMA", 2, TODAY.minusMonths(6));
        s.assessed(a, "KOMUNIKASI", 3, TODAY.minusMonths(6));
        s.assessed(a, "ORIENTASI_HASIL", 2, TODAY.minusMonths(6));
        s.training(a, 24, "VERIFIED", TODAY.minusMonths(2));
        s.training(a, 30, "VERIFIED", TODAY.minusMonths(13));
        s.training(a, 20, "COMPLETED", TODAY.minusMonths(1));
        s.qualification(a, "SMA");
        s.qualification(a, "S1");

        s.finalEvaluation(b, YEAR, Predikat.BAIK);
        s.assessed(b, "INTEGRITAS", 3, TODAY.minusMonths(3));
        s.assessed(b, "KERJA_SAMA", 4, TODAY.minusMonths(3));
        s.assessed(b, "KOMUNIKASI", 3, TODAY.minusMonths(3));
        s.assessed(b, "ORIENTASI_HASIL", 3, TODAY.minusMonths(3));
        s.training(b, 10, "VERIFIED", TODAY.minusMonths(4));
        s.qualification(b, "S2");

        s.finalEvaluation(c, YEAR - 1, Predikat.BAIK);
        s.finalEvaluation(c, YEAR, Predikat.BAIK);
    }

    private CareerProposal proposal(Employee... candidates) {
        CareerProposal p = careers.create(s.adminActor, s.agency.id(), new ProposalForm(ProposalKind.PROMOTION,
                s.target.id(), s.bidang.id(), "Promosi Kepala Bidang Penilaian Kinerja"));
        for (Employee e : candidates) {
            p = careers.addCandidate(s.adminActor, s.agency.id(), p.id(), e.nip());
        }
        return p;
    }

    private static Map<Long, CareerCandidate> byEmployee(CareerProposal p) {
        return p.candidates().stream().collect(Collectors.toMap(CareerCandidate::employeeId, x -> x));
    }

    @Test
    void theRankingFollowsTheOpenCriteriaWithNumbersThatCanBeCheckedByHand() {
        inputs();
        CareerProposal p = proposal(c, b, a);
        assertThat(p.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(p.weights()).isEqualTo(MeritScore.Weights.DEFAULT);
        CareerProposal ranked = careers.rank(s.adminActor, s.agency.id(), p.id());
        assertThat(ranked.status()).isEqualTo(ProposalStatus.RANKED);
        assertThat(ranked.candidates()).extracting(CareerCandidate::employeeId).containsExactly(a.id(), b.id(), c.id());
        Map<Long, CareerCandidate> m = byEmployee(ranked);

        CareerCandidate first = m.get(a.id());
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.performance()).isEqualByComparingTo("91.67");
        assertThat(first.competency()).isEqualByComparingTo("83.33");
        assertThat(first.training()).isEqualByComparingTo("100");
        assertThat(first.qualification()).isEqualByComparingTo("80");
        assertThat(first.total()).isEqualByComparingTo("88.67");

        CareerCandidate second = m.get(b.id());
        assertThat(second.rank()).isEqualTo(2);
        assertThat(second.performance()).isEqualByComparingTo("75");
        assertThat(second.competency()).isEqualByComparingTo("100");
        assertThat(second.training()).isEqualByComparingTo("50");
        assertThat(second.qualification()).isEqualByComparingTo("90");
        assertThat(second.total()).isEqualByComparingTo("81.00");

        CareerCandidate third = m.get(c.id());
        assertThat(third.rank()).isEqualTo(3);
        assertThat(third.performance()).isEqualByComparingTo("75");
        assertThat(third.competency()).isEqualByComparingTo("0");
        assertThat(third.training()).isEqualByComparingTo("0");
        assertThat(third.qualification()).isEqualByComparingTo("30");
        assertThat(third.total()).isEqualByComparingTo("34.50");

        // the written explanation names every input and number
        String from = String.valueOf(YEAR - 2);
        assertThat(first.explanation()).contains(
                "Peringkat 1 dari 3: nilai total 88,67 = 40% x kinerja 91,67 + 30% x kompetensi 83,33 + 15% x pelatihan 100"
                        + " + 15% x kualifikasi 80.",
                "Riwayat kinerja " + from + "-" + YEAR + ": " + from + " Baik, " + (YEAR - 1) + " Sangat Baik, " + YEAR
                        + " Sangat Baik (3 dari 3 tahun ada predikat akhir",
                "rata-rata 91,67.",
                "standar Kepala Bidang Penilaian Kinerja: 4 kompetensi dipersyaratkan dengan jumlah level 12, 4 sudah dinilai,"
                        + " jumlah kesenjangan 2",
                "nilai 100 x (1 - 2/12) = 83,33.",
                "Pelatihan: 24 JP terverifikasi dalam 12 bulan terakhir (" + TODAY.minusMonths(12).plusDays(1) + " sampai "
                        + TODAY + ") terhadap target 20 JP per tahun; nilai 100",
                "Kualifikasi: pendidikan tertinggi S1; nilai 80",
                "bila sama, nilai kinerja, lalu kompetensi, lalu NIP terkecil.");
        assertThat(first.explanation()).doesNotContain((YEAR - 3) + " Sangat Kurang");
        assertThat(third.explanation()).contains("0 sudah dinilai, jumlah kesenjangan 12", "belum ada data pendidikan; nilai 30",
                "Pelatihan: 0 JP");

        // the agency's own JP target counts: 24 of 40 JP is 60; the ranking is made again
        jdbc.sql("INSERT INTO development_setting (agency_id, jp_target) VALUES (:a, 40)").param("a", s.agency.id()).update();
        CareerCandidate again = byEmployee(careers.rank(s.adminActor, s.agency.id(), p.id())).get(a.id());
        assertThat(again.training()).isEqualByComparingTo("60");
        assertThat(again.total()).isEqualByComparingTo("82.67");
        assertThat(again.explanation()).contains("terhadap target 40 JP per tahun; nilai 60");

        // the weights were copied when the proposal was made: a change of the settings does not touch it
        TalentSettingsForm f = TalentSettingsForm.of(talent.settings(s.adminActor, s.agency.id()));
        f.setWeightPerformance(25);
        f.setWeightCompetency(25);
        f.setWeightTraining(25);
        f.setWeightQualification(25);
        talent.updateSettings(s.adminActor, s.agency.id(), f);
        assertThat(careers.rank(s.adminActor, s.agency.id(), p.id()).weights()).isEqualTo(MeritScore.Weights.DEFAULT);
        assertThat(proposal(a).weights()).isEqualTo(new MeritScore.Weights(25, 25, 25, 25));
    }

    @Test
    void tiesAreBrokenByPerformanceThenCompetencyThenNip() {
        Employee d = s.staff.get(2);
        Employee e = s.staff.get(3);
        // D: SANGAT_BAIK = 100, gaps 4 of 12 = 66.67; E: BAIK = 75, no gap = 100; neither trains nor has an education:
        // D = (4000 + 2000.1 + 0 + 450) / 100 = 64.50, E = (3000 + 3000 + 0 + 450) / 100 = 64.50
        s.finalEvaluation(d, YEAR, Predikat.SANGAT_BAIK);
        s.assessed(d, "INTEGRITAS", 3, TODAY.minusMonths(1));
        s.assessed(d, "KERJA_SAMA", 3, TODAY.minusMonths(1));
        s.assessed(d, "KOMUNIKASI", 1, TODAY.minusMonths(1));
        s.assessed(d, "ORIENTASI_HASIL", 1, TODAY.minusMonths(1));
        s.finalEvaluation(e, YEAR, Predikat.BAIK);
        for (String code : List.of("INTEGRITAS", "KERJA_SAMA", "KOMUNIKASI", "ORIENTASI_HASIL")) {
            s.assessed(e, code, 3, TODAY.minusMonths(1));
        }
        // kadis and the second kabid have nothing at all: 4.50 each, in NIP order
        CareerProposal p = careers.rank(s.adminActor, s.agency.id(), proposal(e, s.kadis, d, s.sideKabid).id());
        Map<Long, CareerCandidate> m = byEmployee(p);
        assertThat(m.get(d.id()).total()).isEqualByComparingTo("64.50");
        assertThat(m.get(e.id()).total()).isEqualByComparingTo("64.50");
        assertThat(m.get(d.id()).rank()).isEqualTo(1);
        assertThat(m.get(e.id()).rank()).isEqualTo(2);
        assertThat(m.get(d.id()).explanation()).contains("Nilai total sama dengan 1 kandidat lain")
                .doesNotContain(e.nip()).doesNotContain(e.name());
        Employee lowNip = s.kadis.nip().compareTo(s.sideKabid.nip()) < 0 ? s.kadis : s.sideKabid;
        Employee highNip = lowNip == s.kadis ? s.sideKabid : s.kadis;
        assertThat(m.get(lowNip.id()).total()).isEqualByComparingTo("4.50");
        assertThat(m.get(lowNip.id()).rank()).isEqualTo(3);
        assertThat(m.get(highNip.id()).rank()).isEqualTo(4);
    }

    @Test
    void theDecisionNeedsReasonsAndAReasonWhyNotTheFirstAndIsRecordedWithWhoAndWhen() {
        inputs();
        CareerProposal p = proposal(a, b, c);
        // not ranked yet
        InvalidInputException notRanked = assertThrows(InvalidInputException.class, () -> careers.decide(s.adminActor,
                s.agency.id(), p.id(), new DecisionForm(a.id(), "Terbaik", null, p.version())));
        assertThat(notRanked.problems()).extracting(Problem::code).containsExactly("talent.decision.error.notRanked");

        CareerProposal ranked = careers.rank(s.adminActor, s.agency.id(), p.id());
        // no reasons
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> careers.decide(s.adminActor,
                s.agency.id(), p.id(), new DecisionForm(a.id(), "  ", null, ranked.version())));
        assertThat(noReason.problems()).extracting(Problem::field).containsExactly("reason");
        // B is ranked 2: the reason why not A is required, and the message names A
        InvalidInputException whyNot = assertThrows(InvalidInputException.class, () -> careers.decide(s.adminActor,
                s.agency.id(), p.id(), new DecisionForm(b.id(), "Pengalaman mengelola SKP seluruh OPD", null,
                        ranked.version())));
        assertThat(whyNot.problems()).extracting(Problem::field).containsExactly("whyNotTop");
        Problem problem = whyNot.problems().get(0);
        assertThat(messages.getMessage(problem.code(), problem.args().toArray(), ID))
                .isEqualTo("Kandidat terpilih berperingkat 2: tuliskan mengapa bukan " + a.name() + " (peringkat 1).");
        // someone who is not a candidate
        InvalidInputException outsider = assertThrows(InvalidInputException.class, () -> careers.decide(s.adminActor,
                s.agency.id(), p.id(), new DecisionForm(s.kadis.id(), "Alasan", null, ranked.version())));
        assertThat(outsider.problems()).extracting(Problem::code).containsExactly("talent.decision.error.notCandidate");
        // a staff member may not decide; the agency head may
        assertThatThrownBy(() -> careers.decide(s.staffActors.get(2), s.agency.id(), p.id(),
                new DecisionForm(a.id(), "Alasan", null, ranked.version()))).isInstanceOf(AccessDeniedException.class);

        CareerProposal decided = careers.decide(s.headActor, s.agency.id(), p.id(), new DecisionForm(b.id(),
                "Pengalaman mengelola SKP seluruh OPD", "Peringkat 1 baru satu tahun di jabatan pelaksana; masa kerja belum memenuhi",
                ranked.version()));
        assertThat(decided.status()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(decided.chosenId()).isEqualTo(b.id());
        assertThat(decided.decidedBy()).isEqualTo(s.head.nip());
        assertThat(decided.decidedByName()).isEqualTo(s.head.name());
        assertThat(decided.decidedAt()).isNotNull();
        assertThat(decided.decisionReason()).startsWith("Pengalaman mengelola SKP seluruh OPD")
                .contains("Tidak memilih peringkat 1 (" + a.name() + ", NIP " + a.nip() + "); yang dipilih peringkat 2.")
                .endsWith("masa kerja belum memenuhi");
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE entity_type = 'career_proposal' AND entity_id = :id AND action = 'DECIDE'")
                .param("id", p.id()).query(String.class).list()).containsExactly(s.head.nip());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'career_proposal' AND entity_id = :id AND action = 'RANK'")
                .param("id", p.id()).query(Long.class).single()).isEqualTo(1);

        // decided: nothing changes any more
        InvalidInputException closed = assertThrows(InvalidInputException.class,
                () -> careers.addCandidate(s.adminActor, s.agency.id(), p.id(), s.staff.get(3).nip()));
        assertThat(closed.problems()).extracting(Problem::code).containsExactly("talent.proposal.error.closed");
        assertThrows(InvalidInputException.class, () -> careers.decide(s.adminActor, s.agency.id(), p.id(),
                new DecisionForm(a.id(), "Lagi", null, decided.version())));

        // the candidates see their own rank and explanation only
        TalentProfile bSees = talent.mine(s.staffActors.get(1), null);
        TalentProfile.Candidacy mine = bSees.candidacies().get(0);
        assertThat(mine.rank()).isEqualTo(2);
        assertThat(mine.candidates()).isEqualTo(3);
        assertThat(mine.chosen()).isTrue();
        assertThat(mine.total()).isEqualByComparingTo("81.00");
        assertThat(mine.explanation()).startsWith("Peringkat 2 dari 3").doesNotContain("88,67").doesNotContain(a.name());
        TalentProfile.Candidacy aSees = talent.mine(s.staffActors.get(0), null).candidacies().get(0);
        assertThat(aSees.rank()).isEqualTo(1);
        assertThat(aSees.chosen()).isFalse();
    }

    @Test
    void choosingTheFirstNeedsOnlyTheReasonsAndChangingCandidatesClearsTheRanking() {
        inputs();
        CareerProposal p = careers.rank(s.adminActor, s.agency.id(), proposal(a, b).id());
        // a candidate added after the ranking: back to OPEN, scores cleared
        CareerProposal changed = careers.addCandidate(s.adminActor, s.agency.id(), p.id(), c.nip());
        assertThat(changed.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(changed.candidates()).allMatch(x -> x.rank() == null && x.total() == null);
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> careers.addCandidate(s.adminActor, s.agency.id(), p.id(), c.nip()));
        assertThat(twice.problems()).extracting(Problem::code).containsExactly("talent.proposal.error.already");
        CareerProposal ranked = careers.rank(s.adminActor, s.agency.id(), p.id());
        CareerProposal decided = careers.decide(s.adminActor, s.agency.id(), p.id(),
                new DecisionForm(a.id(), "Nilai merit tertinggi dan siap memimpin bidang", null, ranked.version()));
        assertThat(decided.decisionReason()).isEqualTo("Nilai merit tertinggi dan siap memimpin bidang");
        assertThat(decided.chosenName()).isEqualTo(a.name());
        // only administrators change a proposal; the head reads
        assertThatThrownBy(() -> careers.create(s.headActor, s.agency.id(), new ProposalForm(ProposalKind.TRANSFER,
                s.target.id(), null, "Mutasi"))).isInstanceOf(AccessDeniedException.class);
        assertThat(careers.list(s.headActor, s.agency.id())).extracting(CareerProposal::id).contains(p.id());
        // a proposal without a title or position is refused with translated problems
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> careers.create(s.adminActor,
                s.agency.id(), new ProposalForm(ProposalKind.TRANSFER, null, null, " ")));
        assertThat(bad.problems()).extracting(Problem::field).containsExactlyInAnyOrder("positionId", "title");
    }
}
