package id.capaian.development;

import static id.capaian.development.TrainingScenario.GIF;
import static id.capaian.development.TrainingScenario.PDF;
import static id.capaian.development.TrainingScenario.PNG;
import static id.capaian.development.TrainingScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.organisation.UnitManagement;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Problem;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The training service: the catalogue kept by the administrator and read by the agency; enrolment with the capacity
 * and once per training; completion with a certificate checked by content and size; verification, rejection and
 * resubmission; cancelling; external trainings; completions recorded as verified once; and who may do what.
 */
@IntegrationTest
class TrainingIntegrationTests {

    @Autowired TestData data;
    @Autowired UnitManagement units;
    @Autowired UserDetailsService users;
    @Autowired TrainingManagement trainings;
    @Autowired JdbcClient jdbc;

    TrainingScenario s;

    @BeforeEach
    void setUp() {
        s = new TrainingScenario(data, units, users);
    }

    static void invalid(ThrowingCallable call, String field, String code) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::field, Problem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, code)));
    }

    static void denied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    // ---------------------------------------------------------------- the catalogue

    @Test
    void theAdministratorKeepsTheCatalogueAndEveryoneOfTheAgencyReadsIt() {
        Training t = trainings.create(s.rina(), s.id(), new TrainingForm("LATSAR-2026", "Pelatihan Dasar CPNS", TrainingKind.KLASIKAL,
                40, "BPSDM Provinsi Sumatera Utara", today().plusDays(10), today().plusDays(30), 30, "https://bpsdm.example/latsar"));
        assertThat(t.jp()).isEqualTo(40);
        assertThat(t.seatsLeft()).isEqualTo(30);
        assertThat(trainings.catalogue(s.sari(), s.id(), "latsar", null, false, 0, 25).content()).extracting(Training::id)
                .containsExactly(t.id());
        assertThat(trainings.catalogue(s.tono(), s.id(), null, TrainingKind.E_LEARNING, false, 0, 25).content()).isEmpty();

        // problems are all told at once, and nothing is stored
        TrainingForm bad = new TrainingForm("LATSAR 2026", " ", null, 0, null, today(), today().minusDays(1), 0, "javascript:alert(1)");
        assertThatThrownBy(() -> trainings.create(s.rina(), s.id(), bad)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::field)
                        .contains("code", "title", "kind", "jp", "endsOn", "capacity", "url"));
        invalid(() -> trainings.create(s.rina(), s.id(), new TrainingForm("LATSAR-2026", "Lagi", TrainingKind.SEMINAR, 2, null,
                null, null, null, null)), "code", "validation.duplicateCode");

        // edited with the version seen; a stale version is refused
        TrainingForm f = TrainingForm.of(t);
        f.setJp(36);
        Training edited = trainings.update(s.rina(), s.id(), t.id(), f, t.version());
        assertThat(edited.jp()).isEqualTo(36);
        assertThatThrownBy(() -> trainings.update(s.rina(), s.id(), t.id(), f, t.version())).isInstanceOf(ConcurrentChangeException.class);

        // off the catalogue: the agency no longer sees it, the administrator does when asking
        Training off = trainings.setActive(s.rina(), s.id(), t.id(), false, edited.version());
        assertThat(trainings.catalogue(s.sari(), s.id(), null, null, true, 0, 25).content()).isEmpty();
        assertThat(trainings.catalogue(s.rina(), s.id(), null, null, true, 0, 25).content()).extracting(Training::id)
                .containsExactly(off.id());
        invalid(() -> trainings.enrol(s.sari(), s.id(), t.id(), s.sari().employeeId()), "training", "training.error.inactive");

        // only the administrator edits; other agencies read nothing
        denied(() -> trainings.create(s.kadis(), s.id(), new TrainingForm("X-1", "X", TrainingKind.SEMINAR, 2, null, null, null, null, null)));
        denied(() -> trainings.update(s.sekda(), s.id(), t.id(), f, off.version()));
        denied(() -> trainings.catalogue(s.outsider(), s.id(), null, null, false, 0, 25));
        denied(() -> trainings.get(s.outsider(), s.id(), t.id()));
        assertThatThrownBy(() -> trainings.get(s.outsider(), s.outsider().agencyId(), t.id())).isInstanceOf(NotFoundException.class);
    }

    // ---------------------------------------------------------------- enrolment

    @Test
    void enrolmentRespectsTheCapacityAndHappensOncePerTraining() {
        Training t = s.training(trainings, "COACH-1", TrainingKind.COACHING, 8, 2);
        TrainingEnrolment sari = trainings.enrol(s.sari(), s.id(), t.id(), s.sari().employeeId());
        assertThat(sari.status()).isEqualTo(TrainingStatus.ENROLLED);
        assertThat(sari.jp()).isEqualTo(8);
        assertThat(sari.title()).isEqualTo("Pelatihan COACH-1");
        invalid(() -> trainings.enrol(s.sari(), s.id(), t.id(), s.sari().employeeId()), "training", "training.error.alreadyEnrolled");

        // the appraiser enrols an appraisee; the training is then full
        TrainingEnrolment budi = trainings.enrol(s.kapus(), s.id(), t.id(), s.budi().employeeId());
        assertThat(budi.employeeId()).isEqualTo(s.budi().employeeId());
        assertThat(trainings.get(s.tono(), s.id(), t.id()).full()).isTrue();
        invalid(() -> trainings.enrol(s.tono(), s.id(), t.id(), s.tono().employeeId()), "training", "training.error.full");

        // a cancellation frees the seat
        trainings.cancel(s.budi(), s.id(), budi.id());
        assertThat(trainings.enrol(s.rina(), s.id(), t.id(), s.tono().employeeId()).employeeName()).isEqualTo("Tono Pengadministrasi");
        // and Budi may enrol again later, once a seat is free
        invalid(() -> trainings.enrol(s.budi(), s.id(), t.id(), s.budi().employeeId()), "training", "training.error.full");

        // a colleague may not enrol someone else; another agency nothing
        Training open = s.training(trainings, "SEM-1", TrainingKind.SEMINAR, 3, null);
        denied(() -> trainings.enrol(s.tono(), s.id(), open.id(), s.sari().employeeId()));
        denied(() -> trainings.enrol(s.sekda(), s.id(), open.id(), s.sari().employeeId()));
        denied(() -> trainings.enrol(s.outsider(), s.id(), open.id(), s.sari().employeeId()));
        assertThat(trainings.participants(s.rina(), s.id(), t.id())).extracting(TrainingEnrolment::employeeId)
                .containsExactlyInAnyOrder(s.sari().employeeId(), s.tono().employeeId());
        // a participant sees themselves; the appraiser the people below them; a colleague nobody else
        assertThat(trainings.participants(s.kapus(), s.id(), t.id())).extracting(TrainingEnrolment::employeeId)
                .containsExactly(s.sari().employeeId());
        assertThat(trainings.participants(s.budi(), s.id(), t.id())).isEmpty();
        assertThat(trainings.participants(s.kadis(), s.id(), t.id())).hasSize(2);
    }

    @Test
    void aTrainingThatIsOverTakesEnrolmentsOnlyFromTheAdministrator() {
        Training past = trainings.create(s.rina(), s.id(), new TrainingForm("PAST-1", "Seminar Pelayanan Publik", TrainingKind.SEMINAR, 4,
                "Ombudsman RI", today().minusDays(20), today().minusDays(19), null, null));
        invalid(() -> trainings.enrol(s.sari(), s.id(), past.id(), s.sari().employeeId()), "training", "training.error.ended");
        TrainingEnrolment x = trainings.enrol(s.rina(), s.id(), past.id(), s.sari().employeeId());
        // a completion before the training started is refused
        invalid(() -> trainings.complete(s.sari(), s.id(), x.id(), today().minusDays(25), new TrainingCertificate("s.pdf", PDF)),
                "completedOn", "training.error.completedBeforeStart");
        assertThat(trainings.complete(s.sari(), s.id(), x.id(), today().minusDays(19), new TrainingCertificate("s.pdf", PDF)).status())
                .isEqualTo(TrainingStatus.COMPLETED);
    }

    // ---------------------------------------------------------------- completion and certificates

    @Test
    void completionNeedsACertificateThatIsAPdfOrImageOfAtMostTheLimit() throws IOException {
        Training t = s.training(trainings, "EL-1", TrainingKind.E_LEARNING, 10, null);
        TrainingEnrolment x = trainings.enrol(s.sari(), s.id(), t.id(), s.sari().employeeId());
        invalid(() -> trainings.complete(s.sari(), s.id(), x.id(), today(), new TrainingCertificate("s.gif", GIF)),
                "certificate", "training.error.certificateType");
        // a PDF by name only is still refused: the content tells
        invalid(() -> trainings.complete(s.sari(), s.id(), x.id(), today(), new TrainingCertificate("s.pdf", "hello".getBytes())),
                "certificate", "training.error.certificateType");
        byte[] big = Arrays.copyOf(PDF, (int) trainings.maxCertificateBytes() + 1);
        assertThat(trainings.maxCertificateBytes()).isEqualTo(5L * 1024 * 1024);
        invalid(() -> trainings.complete(s.sari(), s.id(), x.id(), today(), new TrainingCertificate("s.pdf", big)),
                "certificate", "training.error.certificateTooLarge");
        invalid(() -> trainings.complete(s.sari(), s.id(), x.id(), today(), null), "certificate", "training.error.certificateRequired");
        invalid(() -> trainings.complete(s.sari(), s.id(), x.id(), today().plusDays(1), new TrainingCertificate("s.pdf", PDF)),
                "completedOn", "training.error.completedInFuture");
        invalid(() -> trainings.complete(s.sari(), s.id(), x.id(), null, new TrainingCertificate("s.pdf", PDF)),
                "completedOn", "validation.required");
        assertThat(trainings.enrolment(s.sari(), s.id(), x.id()).status()).isEqualTo(TrainingStatus.ENROLLED);

        // only the employee uploads: not the appraiser, not the administrator
        denied(() -> trainings.complete(s.kapus(), s.id(), x.id(), today(), new TrainingCertificate("s.pdf", PDF)));
        denied(() -> trainings.complete(s.rina(), s.id(), x.id(), today(), new TrainingCertificate("s.pdf", PDF)));

        TrainingEnrolment done = trainings.complete(s.sari(), s.id(), x.id(), today(),
                new TrainingCertificate("C:\\Users\\sari\\Sertifikat E-learning.png", PNG));
        assertThat(done.status()).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(done.certificateName()).isEqualTo("Sertifikat E-learning.png");
        assertThat(done.certificateType()).isEqualTo("image/png");
        assertThat(done.certificateSize()).isEqualTo(PNG.length);
        try (InputStream in = trainings.certificate(s.sari(), s.id(), x.id()).content()) {
            assertThat(in.readAllBytes()).isEqualTo(PNG);
        }
        // waiting for verification: neither completed again nor cancelled
        invalid(() -> trainings.complete(s.sari(), s.id(), x.id(), today(), new TrainingCertificate("s.pdf", PDF)),
                "status", "training.error.notCompletable");
        invalid(() -> trainings.cancel(s.sari(), s.id(), x.id()), "status", "training.error.notCancellable");
    }

    @Test
    void theAppraiserOrTheAdministratorVerifiesOrRejectsWithAReasonAndTheEmployeeResubmits() throws IOException {
        Training t = s.training(trainings, "KLS-1", TrainingKind.KLASIKAL, 12, null);
        TrainingEnrolment x = trainings.enrol(s.sari(), s.id(), t.id(), s.sari().employeeId());
        TrainingEnrolment sent = trainings.complete(s.sari(), s.id(), x.id(), today(), new TrainingCertificate("a.pdf", PDF));
        String firstKey = key(x.id());

        // the queue: the appraiser sees their appraisee's, the administrator everyone's, a colleague nothing
        assertThat(trainings.verificationQueue(s.kapus(), s.id(), 0, 25).content()).extracting(TrainingEnrolment::id).containsExactly(x.id());
        assertThat(trainings.verificationQueue(s.rina(), s.id(), 0, 25).content()).extracting(TrainingEnrolment::id).containsExactly(x.id());
        assertThat(trainings.pendingVerifications(s.kapus(), s.id())).isEqualTo(1);
        assertThat(trainings.verificationQueue(s.tono(), s.id(), 0, 25).content()).isEmpty();
        assertThat(trainings.verificationQueue(s.kadis(), s.id(), 0, 25).content()).isEmpty();

        // colleagues, the superior above the appraiser, the head and the employee herself may not decide
        denied(() -> trainings.verify(s.tono(), s.id(), x.id(), sent.version()));
        denied(() -> trainings.verify(s.kadis(), s.id(), x.id(), sent.version()));
        denied(() -> trainings.verify(s.sekda(), s.id(), x.id(), sent.version()));
        denied(() -> trainings.verify(s.sari(), s.id(), x.id(), sent.version()));
        denied(() -> trainings.verify(s.outsider(), s.id(), x.id(), sent.version()));

        invalid(() -> trainings.reject(s.kapus(), s.id(), x.id(), "  ", sent.version()), "reason", "training.error.reasonRequired");
        TrainingEnrolment rejected = trainings.reject(s.kapus(), s.id(), x.id(), "Nama pada sertifikat berbeda", sent.version());
        assertThat(rejected.status()).isEqualTo(TrainingStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Nama pada sertifikat berbeda");
        assertThat(rejected.verifiedBy()).isEqualTo(s.kapus().username());
        // a decision on a version that is gone is refused
        assertThatThrownBy(() -> trainings.verify(s.rina(), s.id(), x.id(), sent.version())).isInstanceOf(ConcurrentChangeException.class);
        invalid(() -> trainings.verify(s.rina(), s.id(), x.id(), rejected.version()), "status", "training.error.notWaiting");

        // resubmitted with a new file: the old one is deleted once committed
        TrainingEnrolment again = trainings.complete(s.sari(), s.id(), x.id(), today(), new TrainingCertificate("b.png", PNG));
        assertThat(again.status()).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(again.rejectionReason()).isNull();
        assertThat(key(x.id())).isNotEqualTo(firstKey);
        try (InputStream in = trainings.certificate(s.rina(), s.id(), x.id()).content()) {
            assertThat(in.readAllBytes()).isEqualTo(PNG);
        }
        TrainingEnrolment verified = trainings.verify(s.rina(), s.id(), x.id(), again.version());
        assertThat(verified.status()).isEqualTo(TrainingStatus.VERIFIED);
        assertThat(verified.counts()).isTrue();
        assertThat(verified.verifiedBy()).isEqualTo(s.rina().username());
        invalid(() -> trainings.cancel(s.sari(), s.id(), x.id()), "status", "training.error.notCancellable");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'training_enrolment' AND entity_id = :id")
                .param("id", x.id()).query(Long.class).single()).isEqualTo(5);

        // the administrator may not verify her own certificate
        TrainingEnrolment own = trainings.enrol(s.rina(), s.id(), t.id(), s.rina().employeeId());
        TrainingEnrolment ownSent = trainings.complete(s.rina(), s.id(), own.id(), today(), new TrainingCertificate("r.pdf", PDF));
        assertThat(trainings.verificationQueue(s.rina(), s.id(), 0, 25).content()).isEmpty();
        denied(() -> trainings.verify(s.rina(), s.id(), own.id(), ownSent.version()));
    }

    @Test
    void certificatesAreForTheEmployeeTheirLineAndTheAdministratorsOnly() {
        Training t = s.training(trainings, "MENT-1", TrainingKind.MENTORING, 6, null);
        TrainingEnrolment x = trainings.enrol(s.sari(), s.id(), t.id(), s.sari().employeeId());
        trainings.complete(s.sari(), s.id(), x.id(), today(), new TrainingCertificate("a.pdf", PDF));
        for (var who : new id.capaian.platform.Actor[] {s.sari(), s.kapus(), s.kadis(), s.rina()}) {
            assertThat(trainings.certificate(who, s.id(), x.id()).enrolment().id()).as(who.username()).isEqualTo(x.id());
        }
        // a colleague, the agency head outside the line, another agency: refused
        denied(() -> trainings.certificate(s.budi(), s.id(), x.id()));
        denied(() -> trainings.certificate(s.tono(), s.id(), x.id()));
        denied(() -> trainings.certificate(s.sekda(), s.id(), x.id()));
        denied(() -> trainings.certificate(s.outsider(), s.id(), x.id()));
        // the enrolment itself: the head reads it (HR staff), colleagues do not
        assertThat(trainings.enrolment(s.sekda(), s.id(), x.id()).id()).isEqualTo(x.id());
        denied(() -> trainings.enrolment(s.budi(), s.id(), x.id()));
        denied(() -> trainings.enrolments(s.tono(), s.id(), s.sari().employeeId(), null));
        denied(() -> trainings.enrolments(s.outsider(), s.id(), s.sari().employeeId(), null));
        assertThat(trainings.enrolments(s.kadis(), s.id(), s.sari().employeeId(), null)).hasSize(1);
    }

    // ---------------------------------------------------------------- external trainings and pushed completions

    @Test
    void anExternalTrainingIsRecordedAndCompletedWithItsCertificate() {
        TrainingExternalForm form = new TrainingExternalForm("Webinar Kemenkes: Stunting", TrainingKind.SEMINAR, 3, today());
        invalid(() -> trainings.recordExternal(s.sari(), s.id(), s.sari().employeeId(), form, null), "certificate",
                "training.error.certificateRequired");
        TrainingEnrolment x = trainings.recordExternal(s.sari(), s.id(), s.sari().employeeId(), form, new TrainingCertificate("w.pdf", PDF));
        assertThat(x.external()).isTrue();
        assertThat(x.status()).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(x.title()).isEqualTo("Webinar Kemenkes: Stunting");
        assertThat(x.kind()).isEqualTo(TrainingKind.SEMINAR);

        // planned without a date: enrolled, completed later
        TrainingEnrolment planned = trainings.recordExternal(s.kapus(), s.id(), s.sari().employeeId(),
                new TrainingExternalForm("MOOC Kepemimpinan", TrainingKind.E_LEARNING, 20, null), null);
        assertThat(planned.status()).isEqualTo(TrainingStatus.ENROLLED);
        invalid(() -> trainings.recordExternal(s.sari(), s.id(), s.sari().employeeId(),
                new TrainingExternalForm("", null, 0, null), null), "jp", "training.error.jp");
        denied(() -> trainings.recordExternal(s.tono(), s.id(), s.sari().employeeId(), form, null));
        // only the employee uploads a certificate, even for an external one
        denied(() -> trainings.recordExternal(s.kapus(), s.id(), s.sari().employeeId(), form, new TrainingCertificate("w.pdf", PDF)));
    }

    @Test
    void aCompletionRecordedAsVerifiedIsStoredOnce() {
        Training t = s.training(trainings, "ELEARN-ASN", TrainingKind.E_LEARNING, 8, null);
        LocalDate on = today().minusDays(3);
        TrainingManagement.Recorded first = trainings.recordVerified(s.rina(), s.id(), s.sari().employeeId(), t.id(), null, on, "ASN Unggul");
        assertThat(first.replay()).isFalse();
        assertThat(first.enrolment().status()).isEqualTo(TrainingStatus.VERIFIED);
        assertThat(first.enrolment().verifiedBy()).isEqualTo(s.rina().username() + " (ASN Unggul)");
        TrainingManagement.Recorded again = trainings.recordVerified(s.rina(), s.id(), s.sari().employeeId(), t.id(), null, on, "ASN Unggul");
        assertThat(again.replay()).isTrue();
        assertThat(again.enrolment().id()).isEqualTo(first.enrolment().id());
        invalid(() -> trainings.recordVerified(s.rina(), s.id(), s.sari().employeeId(), t.id(), null, on.minusDays(1), null),
                "completedOn", "training.error.alreadyVerified");

        // an open enrolment is completed and verified by the record
        TrainingEnrolment budi = trainings.enrol(s.budi(), s.id(), t.id(), s.budi().employeeId());
        TrainingManagement.Recorded upgraded = trainings.recordVerified(s.rina(), s.id(), s.budi().employeeId(), t.id(), null, on, null);
        assertThat(upgraded.enrolment().id()).isEqualTo(budi.id());
        assertThat(upgraded.enrolment().status()).isEqualTo(TrainingStatus.VERIFIED);

        TrainingExternalForm ext = new TrainingExternalForm("Literasi Digital ASN", TrainingKind.E_LEARNING, 4, on);
        long id = trainings.recordVerified(s.rina(), s.id(), s.tono().employeeId(), null, ext, on, null).enrolment().id();
        assertThat(trainings.recordVerified(s.rina(), s.id(), s.tono().employeeId(), null,
                new TrainingExternalForm("literasi digital asn", TrainingKind.E_LEARNING, 4, on), on, null).enrolment().id()).isEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM training_enrolment WHERE employee_id = :e").param("e", s.tono().employeeId())
                .query(Long.class).single()).isEqualTo(1);
        // only administrators record verified completions, and never their own
        denied(() -> trainings.recordVerified(s.rina(), s.id(), s.rina().employeeId(), null, ext, on, null));
        denied(() -> trainings.recordVerified(s.kapus(), s.id(), s.sari().employeeId(), null, ext, on, null));
        denied(() -> trainings.recordVerified(s.sekda(), s.id(), s.sari().employeeId(), null, ext, on, null));
    }

    private String key(long enrolmentId) {
        return jdbc.sql("SELECT certificate_key FROM training_enrolment WHERE id = :id").param("id", enrolmentId).query(String.class).single();
    }
}
