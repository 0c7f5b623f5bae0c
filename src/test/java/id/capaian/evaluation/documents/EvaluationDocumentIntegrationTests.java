package id.capaian.evaluation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.evaluation.CalibrationManagement;
import id.capaian.evaluation.Evaluation;
import id.capaian.evaluation.EvaluationDocuments;
import id.capaian.evaluation.EvaluationDocuments.DocumentStatus;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.ObjectionManagement;
import id.capaian.evaluation.Objection;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import id.capaian.evaluation.internal.documents.DocumentQueue;
import id.capaian.evaluation.internal.documents.DocumentWorker;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation documents: what the PDFs say (read back with PDFBox), the queue filled on finalising and by
 * periodic ratings, the worker that renders it (READY with the SHA-256 of the content, FAILED with the error and
 * queued again on request, rows claimed by one worker at a time), rendering on demand, and who may download what.
 */
@IntegrationTest
class EvaluationDocumentIntegrationTests {

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement planning;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationManagement evaluations;
    @Autowired CalibrationManagement calibration;
    @Autowired ObjectionManagement objections;
    @Autowired EvaluationDocuments documents;
    @Autowired DocumentWorker worker;
    @Autowired DocumentQueue queue;
    @Autowired PlatformTransactionManager transactions;

    DocumentScenario s;

    @BeforeEach
    void scenario() {
        s = new DocumentScenario(data, users, periods, planning, jdbc, 2026);
    }

    /** With EVALDOC_PREVIEW_DIR set, keeps the PDF and a picture of each page there for a person to look at. */
    static void preview(byte[] pdf, String name) throws IOException {
        String dir = System.getenv("EVALDOC_PREVIEW_DIR");
        if (dir == null || dir.isBlank()) {
            return;
        }
        java.nio.file.Files.write(java.nio.file.Path.of(dir, name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(i, 80), "png",
                        java.nio.file.Path.of(dir, name + "-" + (i + 1) + ".png").toFile());
            }
        }
    }

    static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private Evaluation annual(Actor owner) {
        return evaluations.forPlan(owner, s.agency.id(), s.plan(owner).id()).stream().filter(Evaluation::annual).findFirst().orElseThrow();
    }

    private Map<String, Long> statuses() {
        Map<String, Long> m = new java.util.TreeMap<>();
        jdbc.sql("SELECT kind || ':' || status, count(*) FROM evaluation_document WHERE agency_id = :a GROUP BY 1")
                .param("a", s.agency.id()).query(rs -> {
                    m.put(rs.getString(1), rs.getLong(2));
                });
        return m;
    }

    @Test
    void finalisingQueuesTheDocumentsAndTheWorkerRendersThemWithTheirHash() throws IOException {
        s.rateAndFinalise(evaluations, calibration);
        s.holdQueue();
        assertThat(statuses()).containsExactly(Map.entry("EVALUATION:QUEUED", 5L), Map.entry("PENETAPAN:QUEUED", 1L));
        assertThat(documents.agency(s.adminActor, s.agency.id(), s.period.id()).all())
                .isEqualTo(new EvaluationDocuments.QueueProgress(6, 0, 0));

        assertThat(worker.renderAll(s.agency.id())).isEqualTo(6);

        assertThat(statuses()).containsExactly(Map.entry("EVALUATION:READY", 5L), Map.entry("PENETAPAN:READY", 1L));
        List<Map.Entry<byte[], String>> stored = jdbc.sql("SELECT content, sha256 FROM evaluation_document WHERE agency_id = :a")
                .param("a", s.agency.id()).query((rs, n) -> Map.entry(rs.getBytes(1), rs.getString(2))).list();
        assertThat(stored).hasSize(6).allSatisfy(e -> {
            assertThat(e.getValue()).hasSize(64).isEqualTo(DocumentQueue.sha256(e.getKey()));
            assertThat(new String(e.getKey(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
        EvaluationDocuments.AgencyDocuments progress = documents.agency(s.bupatiActor, s.agency.id(), s.period.id());
        assertThat(progress.all()).isEqualTo(new EvaluationDocuments.QueueProgress(0, 6, 0));
        assertThat(progress.all().settled()).isTrue();
        assertThat(progress.groups().get(EvaluationDocuments.DocumentGroup.ANNUAL).ready()).isEqualTo(5);
        assertThat(progress.groups().get(EvaluationDocuments.DocumentGroup.PENETAPAN).ready()).isEqualTo(1);
        assertThat(progress.units()).extracting(EvaluationDocuments.UnitProgress::unitName)
                .containsExactlyInAnyOrder("Dinas Kesehatan", "Seksi Pelayanan Kesehatan Primer");

        // the download serves the stored bytes
        Evaluation headEval = annual(s.headActor);
        byte[] storedHead = jdbc.sql("SELECT content FROM evaluation_document WHERE evaluation_id = :e").param("e", headEval.id())
                .query(byte[].class).single();
        EvaluationDocuments.DocumentFile file = documents.evaluationPdf(s.headActor, s.agency.id(), headEval.id());
        assertThat(file.content()).isEqualTo(storedHead);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("Evaluasi-Kinerja-" + s.head.nip() + "-2026.pdf");
    }

    @Test
    void theAnnualDocumentOfAFunctionalEmployeeShowsTheRatingsThePredikatAndTheCreditPoints() throws IOException {
        s.rateAndFinalise(evaluations, calibration);
        byte[] headPdf = documents.evaluationPdf(s.kadisActor, s.agency.id(), annual(s.headActor).id()).content();
        preview(headPdf, "evaluation-annual");
        String head = text(headPdf);
        assertThat(head).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", "AKHIR (TAHUNAN)", "Kepala Seksi Yankes",
                "Kepala Dinas Kesehatan", "Epidemiolog Kesehatan Ahli Pertama", "Penata Muda, III/a",
                "ATASAN PEJABAT PENILAI KINERJA", "CAPAIAN KINERJA ORGANISASI", "PREDIKAT KINERJA PEGAWAI", "BAIK",
                "Meningkatnya cakupan pelayanan kesehatan ibu hamil", "Ibu hamil mendapat pelayanan K4", "100 orang",
                "Berorientasi Pelayanan", "Kolaboratif", "Sesuai ekspektasi");
        // the credit points of an Ahli Pertama with BAIK over a whole year: 100% x 12.5 x 12/12 = 12.5
        assertThat(head).contains("ANGKA KREDIT", "Ahli Pertama", "Angka kredit = 100% x koefisien 12.5 x 12/12 bulan = 12.5");
        assertThat(head).doesNotContain("DRAF");

        // a staff member without a functional position: no credit points; the employee reads their own
        String staff = text(documents.evaluationPdf(s.staffActors.get(3), s.agency.id(), annual(s.staffActors.get(3)).id()).content());
        assertThat(staff).contains("Staf Yankes 4", "SANGAT BAIK", "Kepala Seksi Yankes", "Di atas ekspektasi")
                .doesNotContain("ANGKA KREDIT");
    }

    @Test
    void aPartYearShowsTheCreditPointsProRata() throws IOException {
        s.rateYear(evaluations);
        // the section head joined in May: 8 months of the year
        jdbc.sql("UPDATE evaluation SET months = 8 WHERE plan_id = :p AND sub_period = 0").param("p", s.plan(s.headActor).id()).update();
        calibration.setGrade(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id(), id.capaian.evaluation.UnitGrade.BAIK, null);
        calibration.finaliseUnit(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id());
        Evaluation e = annual(s.headActor);
        assertThat(e.creditPoints()).isEqualByComparingTo("8.333");
        assertThat(text(documents.evaluationPdf(s.adminActor, s.agency.id(), e.id()).content()))
                .contains("Angka kredit = 100% x koefisien 12.5 x 8/12 bulan = 8.333", "8 bulan");
    }

    @Test
    void thePenetapanListsEveryoneWithTheFinalPredikatAndTheSpread() throws IOException {
        s.rateAndFinalise(evaluations, calibration);
        byte[] penetapan = documents.penetapanPdf(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id()).content();
        preview(penetapan, "penetapan");
        String text = text(penetapan);
        assertThat(text).contains("PENETAPAN PREDIKAT KINERJA PEGAWAI", "Dinas Kesehatan", "PREDIKAT KINERJA ORGANISASI",
                "Kepala Seksi Yankes", "Staf Yankes 1", "Staf Yankes 2", "Staf Yankes 3", "Staf Yankes 4",
                "Butuh Perbaikan", "Sangat Baik", "Paling banyak 70% Baik", "terpenuhi", "Pimpinan Unit Kerja",
                "Kepala Dinas Kesehatan")
                .doesNotContain("DRAF", "tidak terpenuhi");
        // the spread: 3 of 5 Baik = 60%
        assertThat(text).contains("Baik 3 60%", "Butuh Perbaikan 1 20%", "Sangat Baik 1 20%", "Jumlah 5");
        // rendered on demand and stored
        assertThat(statuses()).containsEntry("PENETAPAN:READY", 1L);
    }

    @Test
    void beforeFinalisingTheDocumentsAreDraftsAndNotStored() throws IOException {
        s.rateYear(evaluations);
        calibration.setGrade(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id(), id.capaian.evaluation.UnitGrade.BAIK, null);
        assertThat(text(documents.evaluationPdf(s.headActor, s.agency.id(), annual(s.staffActors.get(0)).id()).content()))
                .contains("DRAF", "belum final");
        assertThat(text(documents.penetapanPdf(s.kadisActor, s.agency.id(), s.period.id(), s.dinas.id()).content()))
                .contains("DRAF", "unit belum difinalkan");
        assertThat(statuses()).isEmpty();
    }

    @Test
    void aPeriodicEvaluationIsQueuedWhenRatedAndRenderedOnDemand() throws IOException {
        Actor staff = s.staffActors.get(1);
        Plan plan = s.plan(staff);
        s.realise(plan, 0, 2, "90");
        Evaluation q2 = evaluations.rate(s.headActor, s.agency.id(), plan.id(), 2,
                DocumentScenario.form(plan, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, "sesuai", 0));
        s.holdQueue();
        assertThat(queue.forEvaluation(s.agency.id(), q2.id())).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo("QUEUED"));

        // downloading before the worker came by renders it now and stores it
        byte[] pdf = documents.evaluationPdf(staff, s.agency.id(), q2.id()).content();
        assertThat(queue.forEvaluation(s.agency.id(), q2.id())).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo("READY");
            assertThat(r.sha256()).isEqualTo(DocumentQueue.sha256(pdf));
        });
        preview(pdf, "evaluation-periodic");
        String text = text(pdf);
        assertThat(text).contains("PERIODE: TRIWULAN II", "1 April 2026 s.d. 30 Juni 2026", "Staf Yankes 2", "BAIK",
                "90 orang").doesNotContain("CAPAIAN KINERJA ORGANISASI", "ANGKA KREDIT", "DRAF");
        // the worker has nothing left to do for this agency
        assertThat(worker.renderAll(s.agency.id())).isZero();
    }

    @Test
    void aGrantedObjectionQueuesTheDocumentAndTheUnitsPenetapanAgain() throws IOException {
        s.rateAndFinalise(evaluations, calibration);
        worker.renderAll(s.agency.id());
        Actor staff = s.staffActors.get(2);
        Evaluation e = annual(staff);
        assertThat(e.finalPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
        Objection o = objections.file(staff, s.agency.id(), e.id(), "Realisasi triwulan IV belum dihitung", Predikat.BAIK);
        objections.decide(s.kadisActor, s.agency.id(), o.id(), true, Predikat.BAIK, "Bukti realisasi lengkap", o.version());
        s.holdQueue();
        assertThat(queue.forEvaluation(s.agency.id(), e.id())).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo("QUEUED"));
        assertThat(statuses()).containsEntry("PENETAPAN:QUEUED", 1L).containsEntry("EVALUATION:READY", 4L);
        worker.renderAll(s.agency.id());
        String text = text(documents.evaluationPdf(staff, s.agency.id(), e.id()).content());
        assertThat(text).contains("RIWAYAT PERUBAHAN PREDIKAT", "Keputusan atas keberatan", "Butuh Perbaikan menjadi Baik",
                "Bukti realisasi lengkap");
        assertThat(text(documents.penetapanPdf(s.adminActor, s.agency.id(), s.period.id(), s.dinas.id()).content()))
                .contains("Baik 4 80%");
    }

    @Test
    void aDocumentThatCannotBeRenderedFailsWithItsErrorAndCanBeQueuedAgain() {
        s.rateYear(evaluations);
        // a queued document of an evaluation that is not final (only rated): the worker refuses to store a draft
        long evaluationId = annual(s.staffActors.get(0)).id();
        queue.queueEvaluation(s.agency.id(), evaluationId);
        worker.renderAll(s.agency.id());
        assertThat(queue.forEvaluation(s.agency.id(), evaluationId)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo("FAILED");
            assertThat(r.error()).isEqualTo("not in force yet");
        });
        assertThat(documents.agency(s.adminActor, s.agency.id(), s.period.id()).all().failed()).isEqualTo(1);
        assertThatThrownBy(() -> documents.retryFailed(s.bupatiActor, s.agency.id(), s.period.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(documents.retryFailed(s.adminActor, s.agency.id(), s.period.id())).isEqualTo(1);
        s.holdQueue();
        assertThat(queue.forEvaluation(s.agency.id(), evaluationId)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo("QUEUED");
            assertThat(r.error()).isNull();
        });
    }

    @Test
    void twoWorkersNeverClaimTheSameRows() {
        s.rateAndFinalise(evaluations, calibration);
        s.holdQueue();
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate other = new TransactionTemplate(transactions);
        other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        outer.executeWithoutResult(t -> {
            List<Long> first = queue.claim(s.agency.id(), null, 4).stream().map(DocumentQueue.Row::id).toList();
            // another node (another connection) meanwhile gets only what the first did not take
            List<Long> second = other.execute(u -> queue.claim(s.agency.id(), null, 10).stream().map(DocumentQueue.Row::id).toList());
            assertThat(first).hasSize(4);
            assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
        });
        // rows queued a moment ago are left to settle by the scheduled worker
        jdbc.sql("UPDATE evaluation_document SET queued_at = now() WHERE agency_id = :a").param("a", s.agency.id()).update();
        assertThat(worker.renderBatch(s.agency.id(), Duration.ofMinutes(5))).isZero();
        assertThat(worker.renderBatch(s.agency.id(), Duration.ZERO)).isEqualTo(6);
    }

    @Test
    void onlyThoseWhoMaySeeThePlanGetTheEvaluationDocumentAndOnlyLeadersThePenetapan() {
        s.rateAndFinalise(evaluations, calibration);
        long staffEval = annual(s.staffActors.get(0)).id();
        // the employee, the appraiser, the one above, the administrator and the agency head may
        for (Actor a : List.of(s.staffActors.get(0), s.headActor, s.kadisActor, s.adminActor, s.bupatiActor)) {
            assertThat(documents.evaluationPdf(a, s.agency.id(), staffEval).content()).isNotEmpty();
        }
        // a colleague and someone of another agency may not
        assertThatThrownBy(() -> documents.evaluationPdf(s.staffActors.get(1), s.agency.id(), staffEval))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.evaluationPdf(s.strangerActor, s.agency.id(), staffEval))
                .isInstanceOf(AccessDeniedException.class);

        // the Penetapan: the leader of the Dinas, the administrator, the agency head
        for (Actor a : List.of(s.kadisActor, s.adminActor, s.bupatiActor)) {
            assertThat(documents.penetapanPdf(a, s.agency.id(), s.period.id(), s.dinas.id()).content()).isNotEmpty();
        }
        // not the staff, not the head of a section below, not another agency
        for (Actor a : List.of(s.staffActors.get(0), s.headActor, s.strangerActor)) {
            assertThatThrownBy(() -> documents.penetapanPdf(a, s.agency.id(), s.period.id(), s.dinas.id()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // the unit's list: its leader chain; the agency's progress: administrators and the head only
        assertThat(documents.unit(s.headActor, s.agency.id(), s.period.id(), s.seksi.id(), 0, 0, 50).evaluations().content())
                .hasSize(5).allSatisfy(e -> assertThat(e.status()).isIn(DocumentStatus.QUEUED, DocumentStatus.READY));
        assertThatThrownBy(() -> documents.unit(s.staffActors.get(0), s.agency.id(), s.period.id(), s.seksi.id(), 0, 0, 50))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.agency(s.kadisActor, s.agency.id(), s.period.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.agency(s.strangerActor, s.agency.id(), s.period.id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
