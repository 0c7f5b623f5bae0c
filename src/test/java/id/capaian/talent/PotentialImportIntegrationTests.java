package id.capaian.talent;

import static id.capaian.talent.TalentScenario.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The potential import: a good workbook is stored whole; a workbook with any bad row stores nothing and says why. */
@IntegrationTest
class PotentialImportIntegrationTests {

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

    /** A workbook: the header, then rows of cells (a LocalDate becomes a date cell, a BigDecimal a number). */
    static byte[] workbook(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Potensi");
            List<String> header = List.of("NIP", "Skor", "Metode", "Tanggal", "Penilai");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof LocalDate d) {
                        ws.value(r + 1, c, d);
                        ws.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (v instanceof BigDecimal n) {
                        ws.value(r + 1, c, n);
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private List<String> texts(List<MessageSourceResolvable> problems) {
        return problems.stream().map(p -> messages.getMessage(p, ID)).toList();
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM potential_assessment WHERE agency_id = :a").param("a", s.agency.id())
                .query(Long.class).single();
    }

    @Test
    void aGoodWorkbookIsStoredWholeInEveryDateAndNumberForm() {
        byte[] file = workbook(List.of(
                row(s.staff.get(0).nip(), new BigDecimal("82.5"), "ASSESSMENT_CENTER", LocalDate.of(YEAR, 11, 20), "UPT Penilaian Kompetensi"),
                row(s.staff.get(1).nip(), "71,25", "psikometri", YEAR + "-10-02", ""),
                row(s.kasi.nip().substring(0, 8) + " " + s.kasi.nip().substring(8), "90", "", "5/9/" + YEAR, "Kepala Badan")));
        PotentialImport result = talent.importPotential(s.adminActor, s.agency.id(), file);
        assertThat(result.imported()).isTrue();
        assertThat(result.hasProblems()).isFalse();
        assertThat(result.rows()).hasSize(3);
        assertThat(result.rows().get(0).line()).isEqualTo(2);
        assertThat(result.rows().get(0).name()).isEqualTo(s.staff.get(0).name());
        assertThat(stored()).isEqualTo(3);

        List<PotentialAssessment> a0 = talent.assessmentsOf(s.adminActor, s.agency.id(), s.staff.get(0).id());
        assertThat(a0.get(0).score()).isEqualByComparingTo("82.5");
        assertThat(a0.get(0).method()).isEqualTo(PotentialMethod.ASSESSMENT_CENTER);
        assertThat(a0.get(0).assessedOn()).isEqualTo(LocalDate.of(YEAR, 11, 20));
        assertThat(a0.get(0).assessor()).isEqualTo("UPT Penilaian Kompetensi");
        PotentialAssessment a1 = talent.assessmentsOf(s.adminActor, s.agency.id(), s.staff.get(1).id()).get(0);
        assertThat(a1.score()).isEqualByComparingTo("71.25");
        assertThat(a1.method()).isEqualTo(PotentialMethod.PSIKOMETRI);
        assertThat(a1.assessor()).isNull();
        PotentialAssessment k = talent.assessmentsOf(s.adminActor, s.agency.id(), s.kasi.id()).get(0);
        assertThat(k.method()).isEqualTo(PotentialMethod.IMPORT);
        assertThat(k.assessedOn()).isEqualTo(LocalDate.of(YEAR, 9, 5));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE agency_id = :a AND action = 'IMPORT' AND entity_type = 'potential_assessment'")
                .param("a", s.agency.id()).query(Long.class).single()).isEqualTo(1);

        // the same file again: every row is already stored, nothing is added
        PotentialImport again = talent.importPotential(s.adminActor, s.agency.id(), file);
        assertThat(again.imported()).isFalse();
        assertThat(again.problemRows()).isEqualTo(3);
        assertThat(texts(again.rows().get(0).problems()))
                .containsExactly("Penilaian yang sama (pegawai, tanggal, skor, metode) sudah tersimpan sebelumnya.");
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void oneBadRowStopsTheWholeImportAndEveryProblemIsNamedPerRow() {
        String future = LocalDate.now(TalentManagement.JAKARTA).plusDays(10).toString();
        byte[] file = workbook(List.of(
                row(s.staff.get(0).nip(), "80", "SUPERVISOR", YEAR + "-06-01", "Kepala Subbidang"),
                row(s.stranger.nip(), "80", "", YEAR + "-06-01", ""),
                row("1234", "120", "wawancara", "31/02/" + YEAR, ""),
                row(s.staff.get(1).nip(), "", "", future, ""),
                row(s.staff.get(0).nip(), "81", "SUPERVISOR", YEAR + "-06-01", "")));
        PotentialImport result = talent.importPotential(s.adminActor, s.agency.id(), file);
        assertThat(result.imported()).isFalse();
        assertThat(stored()).isZero();
        assertThat(result.rows()).extracting(PotentialImport.Row::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(result.rows().get(0).ok()).isTrue();
        assertThat(texts(result.rows().get(1).problems()))
                .containsExactly("Tidak ada pegawai aktif dengan NIP " + s.stranger.nip() + " di instansi ini.");
        assertThat(texts(result.rows().get(2).problems())).containsExactly(
                "NIP 1234 tidak valid: harus 18 angka.",
                "Skor 120 tidak valid: angka 0 sampai 100 dengan paling banyak dua desimal.",
                "Metode wawancara tidak dikenal: pakai ASSESSMENT_CENTER, PSIKOMETRI, SUPERVISOR atau kosongkan.",
                "Tanggal 31/02/" + YEAR + " tidak dapat dibaca: pakai sel tanggal, 2025-11-20 atau 20/11/2025.");
        assertThat(texts(result.rows().get(3).problems()))
                .containsExactly("Skor kosong.", "Tanggal " + future + " di masa depan.");
        assertThat(texts(result.rows().get(4).problems()))
                .containsExactly("Pegawai dan tanggal yang sama sudah ada di baris 2 berkas ini.");
        assertThat(result.problemRows()).isEqualTo(4);
    }

    @Test
    void aFileThatIsNotAWorkbookOrHasTheWrongColumnsIsRefusedAsAWhole() {
        PotentialImport text = talent.importPotential(s.adminActor, s.agency.id(), "NIP;Skor\n1;2".getBytes(StandardCharsets.UTF_8));
        assertThat(text.imported()).isFalse();
        assertThat(texts(text.fileProblems())).containsExactly("Berkas ini bukan XLSX. Gunakan templat XLSX.");
        PotentialImport empty = talent.importPotential(s.adminActor, s.agency.id(), new byte[0]);
        assertThat(empty.fileProblems()).extracting(r -> r.getCodes()[0]).containsExactly("talent.import.error.empty");
        PotentialImport headerOnly = talent.importPotential(s.adminActor, s.agency.id(), workbook(List.of()));
        assertThat(headerOnly.fileProblems()).extracting(r -> r.getCodes()[0]).containsExactly("talent.import.error.noRows");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("x");
            ws.value(0, 0, "Nama");
            ws.value(1, 0, "Siapa");
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PotentialImport wrong = talent.importPotential(s.adminActor, s.agency.id(), out.toByteArray());
        assertThat(wrong.fileProblems()).extracting(r -> r.getCodes()[0]).containsExactly("talent.import.error.header");
        assertThat(stored()).isZero();
        // only administrators import
        assertThatThrownBy(() -> talent.importPotential(s.headActor, s.agency.id(), workbook(List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
