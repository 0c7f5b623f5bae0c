package id.capaian.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The competency dictionary, position standards, assessment results one by one and imported, the profile and gaps
 * of an employee (unassessed ones open) and of a unit, and who may see and change what.
 */
@IntegrationTest
class CompetencyIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired CompetencyManagement competencies;
    @Autowired JdbcClient jdbc;

    DevelopmentScenario s;

    @BeforeEach
    void scenario() {
        s = new DevelopmentScenario(data, users, competencies, jdbc);
    }

    static List<String> codes(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
        }
        throw new AssertionError("expected invalid input");
    }

    private CompetencyAssessment assess(Actor actor, int staff, String code, int level, LocalDate on, AssessmentMethod method) {
        return competencies.record(actor, s.agency.id(), s.staff.get(staff).id(), AssessmentForm.of(s.id(code), level, on, method, "Tim Asesor"));
    }

    // ---------------------------------------------------------------- dictionary and standards

    @Test
    void theDictionaryIsNationalAndTheAgencysOwnTechnicalCompetencies() {
        long agency = s.agency.id();
        List<Competency> national = competencies.dictionary(s.staffActors.get(0), agency, false);
        assertThat(national).extracting(Competency::code).contains("INTEGRITAS", "KERJA_SAMA", "KOMUNIKASI", "ORIENTASI_HASIL",
                "PELAYANAN_PUBLIK", "PENGEMBANGAN_DIRI", "MENGELOLA_PERUBAHAN", "PENGAMBILAN_KEPUTUSAN", "PEREKAT_BANGSA");
        assertThat(national).allSatisfy(c -> assertThat(c.national()).isTrue());

        Competency simpus = competencies.create(s.adminActor, agency, CompetencyForm.of("simpus", "Pengelolaan SIMPUS",
                "Mengelola sistem informasi puskesmas", "Mengoperasikan", "Memelihara data", "Menganalisis", "Mengembangkan", "Merancang"));
        assertThat(simpus.code()).isEqualTo("SIMPUS");
        assertThat(simpus.kind()).isEqualTo(CompetencyKind.TEKNIS);
        assertThat(simpus.national()).isFalse();
        assertThat(simpus.level(3)).isEqualTo("Menganalisis");
        assertThat(competencies.dictionary(s.headActor, agency, false)).extracting(Competency::id).contains(simpus.id());
        // another agency's dictionary does not hold it, and its people cannot read this one
        assertThat(competencies.dictionary(s.strangerActor, s.stranger.agencyId(), false)).extracting(Competency::id)
                .doesNotContain(simpus.id());
        assertThatThrownBy(() -> competencies.dictionary(s.strangerActor, agency, false)).isInstanceOf(AccessDeniedException.class);

        // codes are unique against the national ones too, and well formed
        assertThat(codes(() -> competencies.create(s.adminActor, agency, CompetencyForm.of("KOMUNIKASI", "Komunikasi teknis", null))))
                .containsExactly("code:development.competency.error.duplicate");
        assertThat(codes(() -> competencies.create(s.adminActor, agency, CompetencyForm.of("a b", " ", null))))
                .containsExactly("code:development.competency.error.code", "name:validation.required");

        // national ones are read-only; only administrators change the dictionary
        assertThat(codes(() -> competencies.update(s.adminActor, agency, s.id("KOMUNIKASI"), CompetencyForm.of("KOMUNIKASI", "X", null), 0)))
                .containsExactly("code:development.competency.error.national");
        assertThatThrownBy(() -> competencies.create(s.headActor, agency, CompetencyForm.of("X1", "X", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> competencies.create(s.strangerActor, agency, CompetencyForm.of("X2", "X", null)))
                .isInstanceOf(AccessDeniedException.class);

        Competency renamed = competencies.update(s.adminActor, agency, simpus.id(),
                CompetencyForm.of("SIMPUS", "Pengelolaan SIMPUS dan SATUSEHAT", null), simpus.version());
        assertThat(renamed.name()).isEqualTo("Pengelolaan SIMPUS dan SATUSEHAT");
        assertThatThrownBy(() -> competencies.update(s.adminActor, agency, simpus.id(), CompetencyForm.of("SIMPUS", "Lama", null),
                simpus.version())).isInstanceOf(ConcurrentChangeException.class);

        competencies.setActive(s.adminActor, agency, simpus.id(), false);
        assertThat(competencies.dictionary(s.adminActor, agency, false)).extracting(Competency::id).doesNotContain(simpus.id());
        assertThat(competencies.dictionary(s.adminActor, agency, true)).extracting(Competency::id).contains(simpus.id());
    }

    @Test
    void positionStandardsAreSetByAdministrators() {
        long agency = s.agency.id();
        List<StandardLine> standard = competencies.standard(s.staffActors.get(0), agency, s.analyst.id());
        assertThat(standard.stream().filter(StandardLine::required)
                .collect(Collectors.toMap(l -> l.competency().code(), StandardLine::requiredLevel)))
                .isEqualTo(Map.of("KOMUNIKASI", 3, "KERJA_SAMA", 3, "PELAYANAN_PUBLIK", 2));
        assertThat(competencies.standardSizes(s.headActor, agency)).containsEntry(s.analyst.id(), 3).containsEntry(s.headPosition.id(), 1);

        assertThatThrownBy(() -> competencies.setStandard(s.headActor, agency, s.analyst.id(), Map.of(s.id("INTEGRITAS"), 2)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(codes(() -> competencies.setStandard(s.adminActor, agency, s.analyst.id(), Map.of(s.id("INTEGRITAS"), 6))))
                .containsExactly("levels[" + s.id("INTEGRITAS") + "]:development.standard.error.level");
        Competency old = competencies.create(s.adminActor, agency, CompetencyForm.of("LAMA", "Kompetensi lama", null));
        competencies.setActive(s.adminActor, agency, old.id(), false);
        assertThat(codes(() -> competencies.setStandard(s.adminActor, agency, s.analyst.id(), Map.of(old.id(), 2))))
                .containsExactly("levels[" + old.id() + "]:development.standard.error.inactive");

        // saving replaces the whole standard
        competencies.setStandard(s.adminActor, agency, s.analyst.id(), Map.of(s.id("INTEGRITAS"), 2, s.id("KOMUNIKASI"), 4));
        assertThat(competencies.profile(s.adminActor, agency, s.staff.get(0).id()).gaps())
                .extracting(CompetencyGap::code, CompetencyGap::required)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("INTEGRITAS", 2),
                        org.assertj.core.groups.Tuple.tuple("KOMUNIKASI", 4));
    }

    // ---------------------------------------------------------------- assessments and profiles

    @Test
    void theProfileHasEveryCompetencyOfTheStandardWithTheLatestLevelAndUnassessedOnesOpen() {
        long agency = s.agency.id();
        assess(s.adminActor, 0, "KOMUNIKASI", 3, TODAY.minusMonths(2), AssessmentMethod.ASSESSMENT_CENTER);
        // an older result recorded later does not replace the latest
        assess(s.adminActor, 0, "KOMUNIKASI", 1, TODAY.minusYears(1), AssessmentMethod.UJI_KOMPETENSI);
        assess(s.adminActor, 0, "KERJA_SAMA", 2, TODAY.minusMonths(2), AssessmentMethod.ASSESSMENT_CENTER);
        assess(s.adminActor, 0, "PEREKAT_BANGSA", 3, TODAY.minusMonths(2), AssessmentMethod.ASSESSMENT_CENTER);
        // the appraiser records a supervisor's judgement, the latest for Kerja Sama
        CompetencyAssessment byHead = assess(s.headActor, 0, "KERJA_SAMA", 2, TODAY, AssessmentMethod.SUPERVISOR);
        assertThat(byHead.recordedBy()).isEqualTo(s.head.nip());

        CompetencyProfile p = competencies.profile(s.staffActors.get(0), agency, s.staff.get(0).id());
        Map<String, CompetencyGap> gaps = p.gaps().stream().collect(Collectors.toMap(CompetencyGap::code, Function.identity()));
        assertThat(gaps).containsOnlyKeys("KOMUNIKASI", "KERJA_SAMA", "PELAYANAN_PUBLIK");
        assertThat(gaps.get("KOMUNIKASI").actual()).isEqualTo(3);
        assertThat(gaps.get("KOMUNIKASI").met()).isTrue();
        assertThat(gaps.get("KERJA_SAMA").gap()).isEqualTo(1);
        assertThat(gaps.get("KERJA_SAMA").rule()).isEqualTo("development.gap.below");
        assertThat(gaps.get("PELAYANAN_PUBLIK").assessed()).isFalse();
        assertThat(gaps.get("PELAYANAN_PUBLIK").rule()).isEqualTo("development.gap.unassessed");
        assertThat(p.met()).isEqualTo(1);
        assertThat(p.below()).isEqualTo(1);
        assertThat(p.unassessed()).isEqualTo(1);
        assertThat(p.outsideStandard()).extracting(CompetencyAssessment::code).containsExactly("PEREKAT_BANGSA");
        assertThat(competencies.history(s.headActor, agency, s.staff.get(0).id())).hasSize(5)
                .first().satisfies(a -> assertThat(a.assessedOn()).isEqualTo(TODAY));

        // the appraiser may only judge as supervisor; a colleague may not record at all; dates and levels are checked
        assertThat(codes(() -> assess(s.headActor, 0, "KOMUNIKASI", 3, TODAY, AssessmentMethod.ASSESSMENT_CENTER)))
                .containsExactly("method:development.assessment.error.supervisorOnly");
        assertThatThrownBy(() -> assess(s.colleague(), 0, "KOMUNIKASI", 5, TODAY, AssessmentMethod.SUPERVISOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assess(s.kadisActor, 0, "KOMUNIKASI", 5, TODAY, AssessmentMethod.SUPERVISOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(codes(() -> competencies.record(s.adminActor, agency, s.staff.get(0).id(),
                AssessmentForm.of(s.id("KOMUNIKASI"), 6, TODAY.plusDays(1), AssessmentMethod.IMPORT, null))))
                .containsExactly("level:development.assessment.error.level", "assessedOn:development.assessment.error.future",
                        "method:development.assessment.error.importMethod");
        assertThat(competencies.history(s.adminActor, agency, s.staff.get(0).id())).hasSize(5);
    }

    @Test
    void aProfileIsSeenByTheEmployeeTheLineAndHrButNotByColleaguesOrOtherAgencies() {
        long agency = s.agency.id();
        long employee = s.staff.get(0).id();
        for (Actor allowed : List.of(s.staffActors.get(0), s.headActor, s.kadisActor, s.adminActor, s.bupatiActor, Actor.system())) {
            assertThat(competencies.profile(allowed, agency, employee).employeeId()).isEqualTo(employee);
            assertThat(competencies.history(allowed, agency, employee)).isEmpty();
        }
        for (Actor refused : List.of(s.colleague(), s.strangerActor, s.staffActors.get(1))) {
            assertThatThrownBy(() -> competencies.profile(refused, agency, employee)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> competencies.history(refused, agency, employee)).isInstanceOf(AccessDeniedException.class);
        }
        // the head is not below their own staff
        assertThatThrownBy(() -> competencies.profile(s.staffActors.get(0), agency, s.head.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---------------------------------------------------------------- unit gaps

    @Test
    void theGapsOfAUnitCountThoseWhoNeedEachCompetencyAndAverageTheAssessed() {
        long agency = s.agency.id();
        assess(s.adminActor, 0, "KOMUNIKASI", 2, TODAY, AssessmentMethod.ASSESSMENT_CENTER);
        assess(s.adminActor, 0, "KERJA_SAMA", 3, TODAY, AssessmentMethod.ASSESSMENT_CENTER);
        assess(s.adminActor, 1, "KOMUNIKASI", 3, TODAY, AssessmentMethod.ASSESSMENT_CENTER);
        assess(s.adminActor, 1, "KERJA_SAMA", 1, TODAY, AssessmentMethod.ASSESSMENT_CENTER);
        assess(s.adminActor, 3, "KOMUNIKASI", 1, TODAY, AssessmentMethod.ASSESSMENT_CENTER);
        competencies.record(s.adminActor, agency, s.head.id(), AssessmentForm.of(s.id("PENGAMBILAN_KEPUTUSAN"), 3, TODAY,
                AssessmentMethod.ASSESSMENT_CENTER, null));

        UnitGaps seksi = competencies.unitGaps(s.headActor, agency, s.seksi.id(), false);
        assertThat(seksi.employees()).isEqualTo(5);
        assertThat(seksi.withStandard()).isEqualTo(5);
        Map<String, UnitGaps.Line> lines = seksi.lines().stream().collect(Collectors.toMap(UnitGaps.Line::code, Function.identity()));
        assertThat(lines).containsOnlyKeys("KOMUNIKASI", "KERJA_SAMA", "PELAYANAN_PUBLIK", "PENGAMBILAN_KEPUTUSAN");
        UnitGaps.Line kom = lines.get("KOMUNIKASI");
        assertThat(List.of(kom.required(), kom.assessed(), kom.below(), kom.unassessed())).containsExactly(4, 3, 2, 1);
        assertThat(kom.averageGap()).isEqualByComparingTo("1.00"); // (1 + 0 + 2) / 3
        UnitGaps.Line ks = lines.get("KERJA_SAMA");
        assertThat(List.of(ks.required(), ks.assessed(), ks.below())).containsExactly(4, 2, 1);
        assertThat(ks.averageGap()).isEqualByComparingTo("1.00"); // (0 + 2) / 2
        assertThat(lines.get("PELAYANAN_PUBLIK").assessed()).isZero();
        assertThat(lines.get("PELAYANAN_PUBLIK").averageGap()).isNull();
        assertThat(lines.get("PENGAMBILAN_KEPUTUSAN").averageGap()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(seksi.below()).isEqualTo(4);

        UnitGaps dinasOnly = competencies.unitGaps(s.kadisActor, agency, s.dinas.id(), false);
        assertThat(dinasOnly.employees()).isEqualTo(3);
        assertThat(dinasOnly.lines()).isEmpty();
        UnitGaps dinas = competencies.unitGaps(s.adminActor, agency, s.dinas.id(), true);
        assertThat(dinas.employees()).isEqualTo(8);
        assertThat(dinas.lines()).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrderElementsOf(seksi.lines());

        // who may see: HR, the head of the unit or a unit above; not the head of a unit below, staff or other agencies
        assertThat(competencies.unitGaps(s.bupatiActor, agency, s.seksi.id(), true).lines()).hasSize(4);
        assertThat(competencies.unitGaps(Actor.system(), agency, s.seksi.id(), true).lines()).hasSize(4);
        assertThatThrownBy(() -> competencies.unitGaps(s.headActor, agency, s.dinas.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> competencies.unitGaps(s.staffActors.get(0), agency, s.seksi.id(), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> competencies.unitGaps(s.strangerActor, agency, s.seksi.id(), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(competencies.gapUnits(s.headActor, agency)).extracting(r -> r.unit().id()).containsExactly(s.seksi.id());
        assertThat(competencies.gapUnits(s.kadisActor, agency)).extracting(r -> r.unit().id())
                .containsExactly(s.dinas.id(), s.seksi.id());
        assertThat(competencies.gapUnits(s.staffActors.get(0), agency)).isEmpty();
    }

    // ---------------------------------------------------------------- import

    static byte[] xlsx(Object[]... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("data");
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static final Object[] HEADER = {"NIP", "KODE_KOMPETENSI", "LEVEL", "TANGGAL", "METODE", "ASESOR"};

    private long assessments() {
        return jdbc.sql("SELECT count(*) FROM competency_assessment WHERE agency_id = :a").param("a", s.agency.id())
                .query(Long.class).single();
    }

    @Test
    void anImportStoresEveryRowOrNothingWithARowByRowReport() {
        long agency = s.agency.id();
        byte[] good = xlsx(HEADER,
                new Object[] {s.staff.get(0).nip(), "KOMUNIKASI", "4", "2025-10-01", "ASSESSMENT_CENTER", "UPT Penilaian Kompetensi"},
                new Object[] {s.staff.get(1).nip(), "kerja_sama", 3, "01-10-2025", "", ""},
                new Object[] {},
                new Object[] {s.staff.get(2).nip(), "PELAYANAN_PUBLIK", "1", 45931, "ukom", "BKN"});
        AssessmentImport ok = competencies.importAssessments(s.adminActor, agency, good);
        assertThat(ok.issues()).isEmpty();
        assertThat(ok.stored()).isTrue();
        assertThat(ok.rows()).isEqualTo(3);
        assertThat(ok.employees()).isEqualTo(3);
        assertThat(competencies.history(s.adminActor, agency, s.staff.get(1).id())).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("KERJA_SAMA");
            assertThat(a.level()).isEqualTo(3);
            assertThat(a.assessedOn()).isEqualTo(LocalDate.of(2025, 10, 1));
            assertThat(a.method()).isEqualTo(AssessmentMethod.IMPORT);
        });
        assertThat(competencies.history(s.adminActor, agency, s.staff.get(2).id())).singleElement().satisfies(a -> {
            assertThat(a.assessedOn()).isEqualTo(LocalDate.of(2025, 10, 1)); // spreadsheet day 45931
            assertThat(a.method()).isEqualTo(AssessmentMethod.UJI_KOMPETENSI);
        });
        assertThat(competencies.profile(s.adminActor, agency, s.staff.get(0).id()).gaps())
                .filteredOn(g -> g.code().equals("KOMUNIKASI")).singleElement().satisfies(g -> assertThat(g.actual()).isEqualTo(4));
        long before = assessments();

        byte[] bad = xlsx(HEADER,
                new Object[] {s.staff.get(0).nip(), "KOMUNIKASI", "3", "2025-11-01", "", ""},
                new Object[] {"198001012005011999", "KOMUNIKASI", "3", "2025-11-01", "", ""},
                new Object[] {Double.parseDouble(s.staff.get(1).nip()), "KOMUNIKASI", "3", "2025-11-01", "", ""},
                new Object[] {s.stranger.nip(), "TIDAK_ADA", "7", "31-31-2025", "", ""},
                new Object[] {s.staff.get(2).nip(), "KOMUNIKASI", "3", TODAY.plusDays(3).toString(), "WAWANCARA", ""},
                new Object[] {s.staff.get(0).nip(), "KOMUNIKASI", "2", "2025-11-01", "", ""},
                new Object[] {"", "", "", "", "", ""},
                new Object[] {"12345", "KOMUNIKASI", "3", "2025-11-01"});
        AssessmentImport failed = competencies.importAssessments(s.adminActor, agency, bad);
        assertThat(failed.stored()).isFalse();
        assertThat(failed.rows()).isEqualTo(7);
        assertThat(failed.issues()).extracting(i -> i.row() + "/" + i.column() + "/" + i.code()).containsExactly(
                "3/NIP/development.import.error.employee",
                "4/NIP/development.import.error.nipAsNumber",
                "5/NIP/development.import.error.employee",
                "5/KODE_KOMPETENSI/development.import.error.competency",
                "5/LEVEL/development.import.error.level",
                "5/TANGGAL/development.import.error.date",
                "6/TANGGAL/development.import.error.future",
                "6/METODE/development.import.error.method",
                "7/KODE_KOMPETENSI/development.import.error.duplicate",
                "9/NIP/development.import.error.nip");
        assertThat(failed.issues().get(8).args()).containsExactly("2");
        assertThat(assessments()).as("nothing stored, not even the good row").isEqualTo(before);

        // a header without a required column; a file that is no workbook; an old Excel file
        AssessmentImport noLevel = competencies.importAssessments(s.adminActor, agency,
                xlsx(new Object[] {"NIP", "KODE_KOMPETENSI", "TANGGAL"}, new Object[] {s.staff.get(0).nip(), "KOMUNIKASI", "2025-11-01"}));
        assertThat(noLevel.issues()).extracting(i -> i.row() + "/" + i.column() + "/" + i.code())
                .containsExactly("1/LEVEL/development.import.error.missingColumn");
        assertThat(competencies.importAssessments(s.adminActor, agency, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).issues())
                .extracting(AssessmentImport.Issue::code).containsExactly("development.import.error.type");
        assertThat(competencies.importAssessments(s.adminActor, agency, new byte[0]).issues())
                .extracting(AssessmentImport.Issue::code).containsExactly("development.import.error.empty");
        assertThat(assessments()).isEqualTo(before);

        // administrators of the agency only
        assertThatThrownBy(() -> competencies.importAssessments(s.headActor, agency, good)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> competencies.importAssessments(s.strangerActor, agency, good)).isInstanceOf(AccessDeniedException.class);
        assertThat(assessments()).isEqualTo(before);
    }
}
