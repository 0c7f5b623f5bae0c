package id.capaian.talent;

import static id.capaian.talent.TalentScenario.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Problem;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The 9-box: placements from the final predikat and the latest potential assessment on or before the period's end,
 * explained in words; custom numbering and thresholds; who is missing what; the talent pool; the settings' rules.
 */
@IntegrationTest
class NineBoxIntegrationTests {

    static final Locale ID = Locale.forLanguageTag("id");

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired TalentManagement talent;
    @Autowired MessageSource messages;

    TalentScenario s;

    @BeforeEach
    void scenario() {
        s = new TalentScenario(data, users, jdbc);
    }

    private Map<Long, Placement> byEmployee(TalentGrid g) {
        return g.placements().stream().collect(Collectors.toMap(Placement::employeeId, p -> p));
    }

    private List<String> explain(Placement p, Locale locale) {
        return p.explanation().stream().map(r -> messages.getMessage(r, locale)).toList();
    }

    /** staff 0 SANGAT_BAIK/85, staff 1 BAIK/70, staff 2 BUTUH_PERBAIKAN/50, kasi BAIK/82, kabid KURANG/90. */
    private void standardYear() {
        s.finalEvaluation(s.staff.get(0), YEAR, Predikat.SANGAT_BAIK);
        s.finalEvaluation(s.staff.get(1), YEAR, Predikat.BAIK);
        s.finalEvaluation(s.staff.get(2), YEAR, Predikat.BUTUH_PERBAIKAN);
        s.finalEvaluation(s.kasi, YEAR, Predikat.BAIK);
        s.finalEvaluation(s.kabid, YEAR, Predikat.KURANG);
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(0), "85", LocalDate.of(YEAR, 11, 20)));
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(1), "70", LocalDate.of(YEAR, 10, 2)));
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(2), "50", LocalDate.of(YEAR, 10, 2)));
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.kasi, "82.5", LocalDate.of(YEAR, 9, 1)));
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.kabid, "90", LocalDate.of(YEAR, 9, 1)));
    }

    @Test
    void everyoneWithBothInputsIsPlacedByTheDefaultNumberingAndExplained() {
        standardYear();
        TalentGrid g = talent.grid(s.adminActor, s.agency.id(), null);
        assertThat(g.period().year()).isEqualTo(YEAR);
        Map<Long, Placement> p = byEmployee(g);
        assertThat(p).hasSize(5);

        Placement star = p.get(s.staff.get(0).id());
        assertThat(star.performance()).isEqualTo(Rating.DIATAS_EKSPEKTASI);
        assertThat(star.potential()).isEqualTo(PotentialLevel.HIGH);
        assertThat(star.box()).isEqualTo(9);
        assertThat(star.inPool()).isTrue();
        assertThat(star.year()).isEqualTo(YEAR);
        assertThat(star.assessedOn()).isEqualTo(LocalDate.of(YEAR, 11, 20));
        assertThat(explain(star, ID)).containsExactly(
                "Kinerja Di atas ekspektasi: predikat akhir evaluasi tahunan " + YEAR + " adalah Sangat Baik.",
                "Potensi Tinggi: skor 85 (Assessment center, " + YEAR + "-11-20; penilaian terakhir sampai " + YEAR
                        + "-12-31), dengan ambang menengah mulai 60 dan tinggi mulai 80.",
                "Kotak 9: kinerja Di atas ekspektasi dan potensi Tinggi menurut bawaan KemenPAN-RB.",
                "Masuk talent pool: kotak 9 termasuk kotak pool (7, 8, 9).");
        assertThat(explain(star, Locale.ENGLISH).get(0))
                .isEqualTo("Performance Above expectation: the final predikat of the " + YEAR + " annual evaluation is Outstanding (Sangat Baik).");

        assertThat(p.get(s.staff.get(1).id()).box()).isEqualTo(5);
        assertThat(p.get(s.staff.get(1).id()).inPool()).isFalse();
        assertThat(explain(p.get(s.staff.get(1).id()), ID).get(3)).isEqualTo("Belum masuk talent pool: kotak pool adalah 7, 8, 9.");
        assertThat(p.get(s.staff.get(2).id()).box()).isEqualTo(1);
        Placement kasi = p.get(s.kasi.id());
        assertThat(kasi.box()).isEqualTo(8);
        assertThat(kasi.score()).isEqualByComparingTo("82.5");
        assertThat(explain(kasi, ID).get(1)).contains("skor 82.5");
        // KURANG is below expectation: high potential below expectation is box 6
        assertThat(p.get(s.kabid.id()).box()).isEqualTo(6);

        assertThat(g.spread()).containsEntry(9, 1).containsEntry(8, 1).containsEntry(6, 1).containsEntry(5, 1)
                .containsEntry(1, 1).containsEntry(7, 0).containsEntry(2, 0);
        assertThat(g.spread().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        assertThat(g.share(9)).isEqualTo(20.0);
        assertThat(g.pool()).extracting(Placement::employeeId).containsExactlyInAnyOrder(s.staff.get(0).id(), s.kasi.id());
    }

    @Test
    void theLatestAssessmentOnOrBeforeThePeriodEndCountsAndALaterOneIsNamedWhenItIsTheOnlyOne() {
        standardYear();
        // a later, lower score for staff 0 does not move their box of YEAR
        LocalDate nextYear = LocalDate.of(YEAR + 1, 1, 1);
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(0), "40", nextYear));
        // an earlier one for staff 1 does not count either: the latest before the end does
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(1), "95", LocalDate.of(YEAR, 3, 1)));
        // staff 3: a final predikat and only an assessment made after the period
        s.finalEvaluation(s.staff.get(3), YEAR, Predikat.BAIK);
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(3), "88", nextYear));

        TalentGrid g = talent.grid(s.adminActor, s.agency.id(), null);
        Map<Long, Placement> p = byEmployee(g);
        assertThat(p.get(s.staff.get(0).id()).box()).isEqualTo(9);
        assertThat(p.get(s.staff.get(0).id()).score()).isEqualByComparingTo("85");
        assertThat(p.get(s.staff.get(1).id()).score()).isEqualByComparingTo("70");
        assertThat(p).doesNotContainKey(s.staff.get(3).id());
        MissingInput later = g.missing().stream().filter(m -> m.employeeId() == s.staff.get(3).id()).findFirst().orElseThrow();
        assertThat(later.missingPotential()).isTrue();
        assertThat(later.missingPerformance()).isFalse();
        assertThat(later.predikat()).isEqualTo(Predikat.BAIK);
        assertThat(later.laterAssessmentOn()).isEqualTo(nextYear);
        assertThat(g.missingPotential()).extracting(MissingInput::employeeId).contains(s.staff.get(3).id());
    }

    @Test
    void whoIsMissingWhatIsListedSeparately() {
        // staff 0: final predikat, no potential; staff 1: potential, evaluation only rated; staff 2: potential, no
        // evaluation; staff 3: nothing; the head and the administrator: nothing either
        s.finalEvaluation(s.staff.get(0), YEAR, Predikat.BAIK);
        s.ratedEvaluation(s.staff.get(1), YEAR, Predikat.SANGAT_BAIK);
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(1), "75", LocalDate.of(YEAR, 6, 1)));
        talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(2), "65", LocalDate.of(YEAR, 6, 1)));
        // a final predikat of another year does not count for this one
        s.finalEvaluation(s.staff.get(3), YEAR - 1, Predikat.SANGAT_BAIK);
        s.period(YEAR);

        TalentGrid g = talent.grid(s.adminActor, s.agency.id(), s.period(YEAR));
        assertThat(g.placements()).isEmpty();
        Map<Long, MissingInput> m = g.missing().stream().collect(Collectors.toMap(MissingInput::employeeId, x -> x));
        assertThat(m.get(s.staff.get(0).id()).missingPotential()).isTrue();
        assertThat(m.get(s.staff.get(0).id()).missingPerformance()).isFalse();
        assertThat(m.get(s.staff.get(1).id()).missingPerformance()).isTrue();
        assertThat(m.get(s.staff.get(1).id()).evaluationStatus()).isEqualTo("RATED");
        assertThat(m.get(s.staff.get(1).id()).score()).isEqualByComparingTo("75");
        assertThat(m.get(s.staff.get(2).id()).missingPerformance()).isTrue();
        assertThat(m.get(s.staff.get(2).id()).evaluationStatus()).isNull();
        assertThat(m.get(s.staff.get(3).id()).missingBoth()).isTrue();
        assertThat(g.missingPotential()).extracting(MissingInput::employeeId).containsExactly(s.staff.get(0).id());
        assertThat(g.missingPerformance()).extracting(MissingInput::employeeId)
                .containsExactlyInAnyOrder(s.staff.get(1).id(), s.staff.get(2).id());
        // every active employee of the agency is in one list or the other, nobody of another agency
        assertThat(g.missing()).hasSize(10);
        assertThat(g.missing()).extracting(MissingInput::employeeId).doesNotContain(s.stranger.id());
    }

    @Test
    void anAgencyNumberingThresholdsAndPoolChangeTheBoxesAndTheExplanationSaysSo() {
        standardYear();
        TalentSettings before = talent.settings(s.adminActor, s.agency.id());
        assertThat(before.customNumbering()).isFalse();
        TalentSettingsForm f = TalentSettingsForm.of(before);
        // numbering 1..9 from the top left, row by row
        int n = 1;
        for (Rating r : TalentSettings.rows()) {
            for (PotentialLevel c : TalentSettings.columns()) {
                f.getCells().put(TalentSettings.cell(r, c), n++);
            }
        }
        f.setPotentialMiddle(new java.math.BigDecimal("50"));
        f.setPotentialHigh(new java.math.BigDecimal("86"));
        f.setPoolBoxes(new java.util.ArrayList<>(List.of(3, 6)));
        TalentSettings saved = talent.updateSettings(s.adminActor, s.agency.id(), f);
        assertThat(saved.customNumbering()).isTrue();
        assertThat(saved.box(Rating.DIATAS_EKSPEKTASI, PotentialLevel.HIGH)).isEqualTo(3);
        assertThat(saved.version()).isEqualTo(1);

        Map<Long, Placement> p = byEmployee(talent.grid(s.adminActor, s.agency.id(), null));
        // staff 0: above, 85 < 86 is middle now: top row middle column = 2
        assertThat(p.get(s.staff.get(0).id()).potential()).isEqualTo(PotentialLevel.MIDDLE);
        assertThat(p.get(s.staff.get(0).id()).box()).isEqualTo(2);
        // kabid: below, 90 high: bottom right = 9, not in the pool any more
        assertThat(p.get(s.kabid.id()).box()).isEqualTo(9);
        assertThat(p.get(s.kabid.id()).inPool()).isFalse();
        // staff 2: below, 50 is middle from 50: bottom middle = 8
        assertThat(p.get(s.staff.get(2).id()).box()).isEqualTo(8);
        // kasi: as expected, 82.5 middle: middle row, middle column = 5
        assertThat(p.get(s.kasi.id()).box()).isEqualTo(5);
        List<String> why = explain(p.get(s.staff.get(0).id()), ID);
        assertThat(why.get(1)).contains("ambang menengah mulai 50 dan tinggi mulai 86");
        assertThat(why.get(2)).isEqualTo("Kotak 2: kinerja Di atas ekspektasi dan potensi Menengah menurut penomoran instansi sendiri.");
        assertThat(talent.grid(s.adminActor, s.agency.id(), null).pool()).isEmpty();

        // back to the default numbering: the agency rows are removed
        TalentSettingsForm back = TalentSettingsForm.of(saved);
        back.useStandardNumbering();
        TalentSettings standard = talent.updateSettings(s.adminActor, s.agency.id(), back);
        assertThat(standard.customNumbering()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM nine_box_numbering WHERE agency_id = :a").param("a", s.agency.id())
                .query(Long.class).single()).isZero();
        // a stale form is refused
        assertThatThrownBy(() -> talent.updateSettings(s.adminActor, s.agency.id(), back))
                .isInstanceOf(ConcurrentChangeException.class);
        // the change is in the audit trail
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE agency_id = :a AND entity_type = 'talent_setting'")
                .param("a", s.agency.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void settingsAreCheckedAndEveryProblemIsTranslated() {
        TalentSettingsForm f = TalentSettingsForm.of(talent.settings(s.adminActor, s.agency.id()));
        f.setPotentialMiddle(new java.math.BigDecimal("85"));
        f.setPotentialHigh(new java.math.BigDecimal("70"));
        f.setPoolBoxes(new java.util.ArrayList<>());
        f.setWeightPerformance(50);
        f.getCells().put(TalentSettings.cell(Rating.DIATAS_EKSPEKTASI, PotentialLevel.LOW), 9);
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> talent.updateSettings(s.adminActor, s.agency.id(), f));
        assertThat(e.problems()).extracting(Problem::code).contains("talent.settings.error.thresholdOrder",
                "talent.settings.error.poolEmpty", "talent.settings.error.weightSum", "talent.settings.error.cellTwice");
        List<String> texts = e.problems().stream()
                .map(p -> messages.getMessage(p.code(), p.args().toArray(), ID)).toList();
        assertThat(texts).contains("Jumlah keempat bobot harus 100, sekarang 110.",
                "Nomor kotak 9 dipakai lebih dari sekali; setiap nomor 1-9 tepat sekali.");
        // a head of the agency reads the settings but may not change them
        assertThatThrownBy(() -> talent.updateSettings(s.headActor, s.agency.id(), f))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(talent.settings(s.staffActors.get(0), s.agency.id()).poolBoxes()).containsExactly(7, 8, 9);
    }

    @Test
    void aPotentialAssessmentIsCheckedBeforeItIsStored() {
        PotentialForm bad = new PotentialForm("12345", new java.math.BigDecimal("100.5"), null,
                TalentScenario.TODAY.plusDays(3), null, null);
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> talent.recordPotential(s.adminActor, s.agency.id(), bad));
        assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder("nip", "score", "method", "assessedOn");
        PotentialForm stranger = s.potential(s.stranger, "80", LocalDate.of(YEAR, 1, 5));
        e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> talent.recordPotential(s.adminActor, s.agency.id(), stranger));
        assertThat(e.problems()).extracting(Problem::code).containsExactly("talent.error.unknownNip");
        // only administrators record
        assertThatThrownBy(() -> talent.recordPotential(s.kasiActor, s.agency.id(), s.potential(s.staff.get(0), "80",
                LocalDate.of(YEAR, 1, 5)))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        PotentialAssessment ok = talent.recordPotential(s.adminActor, s.agency.id(), s.potential(s.staff.get(0), "79.25",
                LocalDate.of(YEAR, 1, 5)));
        assertThat(ok.score()).isEqualByComparingTo("79.25");
        assertThat(ok.recordedBy()).isEqualTo(s.admin.nip());
        assertThat(talent.assessmentsOf(s.staffActors.get(0), s.agency.id(), s.staff.get(0).id())).hasSize(1);
    }

    @Test
    void theProfileShowsTheBoxAndTheLatestPeriodWithAResult() {
        standardYear();
        s.period(YEAR + 1); // a newer period without results
        TalentProfile mine = talent.mine(s.staffActors.get(0), null);
        assertThat(mine.period().year()).isEqualTo(YEAR);
        assertThat(mine.placement().box()).isEqualTo(9);
        assertThat(mine.placement().cellKey()).isEqualTo("talent.cell.DIATAS_EKSPEKTASI.HIGH");
        assertThat(mine.missing()).isNull();
        assertThat(mine.assessments()).hasSize(1);
        // the newer period chosen: not placed, and says why (the assessment of YEAR is still the latest one by then)
        TalentProfile next = talent.mine(s.staffActors.get(0), s.period(YEAR + 1));
        assertThat(next.placement()).isNull();
        assertThat(next.missing().missingPerformance()).isTrue();
        assertThat(next.missing().evaluationStatus()).isNull();
        assertThat(next.missing().missingPotential()).isFalse();
        assertThat(next.missing().score()).isEqualByComparingTo("85");
    }
}
