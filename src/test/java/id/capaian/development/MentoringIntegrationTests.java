package id.capaian.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Mentoring: pairs made by the mentee's appraiser or an administrator, sessions logged by the mentor or the mentee
 * (their minutes shown as JP for information), ended with an outcome; who may see and do what.
 */
@IntegrationTest
class MentoringIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired CompetencyManagement competencies;
    @Autowired MentoringManagement mentoring;
    @Autowired JdbcClient jdbc;

    DevelopmentScenario s;
    long agency;

    @BeforeEach
    void scenario() {
        s = new DevelopmentScenario(data, users, competencies, jdbc);
        agency = s.agency.id();
    }

    static List<String> codes(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
        }
        throw new AssertionError("expected invalid input");
    }

    @Test
    void theAppraiserPairsTheyLogSessionsAndTheMentorEndsIt() {
        MentoringForm form = MentoringForm.of(s.kadis.id(), s.staff.get(0).id(), "Memimpin rapat koordinasi lintas puskesmas",
                TODAY.minusDays(30), TODAY.plusMonths(3));
        // made by the mentee's appraiser or an administrator only
        assertThatThrownBy(() -> mentoring.create(s.colleague(), agency, form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mentoring.create(s.kadisActor, agency, form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mentoring.create(s.strangerActor, agency, form)).isInstanceOf(AccessDeniedException.class);
        assertThat(codes(() -> mentoring.create(s.headActor, agency, MentoringForm.of(s.staff.get(0).id(), s.staff.get(0).id(), " ",
                TODAY, TODAY.minusDays(1))))).containsExactly("mentorId:development.mentoring.error.self",
                "goal:development.mentoring.error.goal", "endsOn:development.mentoring.error.endsBeforeStart");
        assertThat(codes(() -> mentoring.create(s.headActor, agency, MentoringForm.of(s.stranger.id(), s.staff.get(0).id(), "x",
                TODAY, null)))).containsExactly("mentorId:development.mentoring.error.mentor");

        MentoringPair pair = mentoring.create(s.headActor, agency, form);
        assertThat(pair.status()).isEqualTo(MentoringStatus.ACTIVE);
        assertThat(pair.mentorName()).isEqualTo("Kepala Dinas");
        assertThat(pair.createdBy()).isEqualTo(s.head.nip());
        assertThat(codes(() -> mentoring.create(s.adminActor, agency, form))).containsExactly("mentorId:development.mentoring.error.exists");

        // sessions by the mentee and the mentor; not by the appraiser, not in the future or before the start
        mentoring.logSession(s.staffActors.get(0), agency, pair.id(), MentoringSessionForm.of(TODAY.minusDays(20), 60,
                "Menyusun agenda rapat", "Latihan menyusun agenda dan notulen"));
        pair = mentoring.logSession(s.kadisActor, agency, pair.id(), MentoringSessionForm.of(TODAY.minusDays(5), 45,
                "Memimpin rapat", null));
        assertThat(pair.sessions()).hasSize(2);
        assertThat(pair.totalMinutes()).isEqualTo(105);
        assertThat(pair.jpEquivalent()).isEqualTo(2);
        long id = pair.id();
        assertThatThrownBy(() -> mentoring.logSession(s.headActor, agency, id, MentoringSessionForm.of(TODAY, 30, "x", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(codes(() -> mentoring.logSession(s.staffActors.get(0), agency, id, MentoringSessionForm.of(TODAY.plusDays(1), 2,
                " ", null)))).containsExactly("heldOn:development.mentoring.error.future", "minutes:development.mentoring.error.minutes",
                "topic:validation.required");
        assertThat(codes(() -> mentoring.logSession(s.staffActors.get(0), agency, id, MentoringSessionForm.of(TODAY.minusDays(40), 30,
                "x", null)))).containsExactly("heldOn:development.mentoring.error.beforeStart");

        // ended by the mentor (or the mentee's appraiser, or an administrator), not by the mentee
        int version = pair.version();
        assertThatThrownBy(() -> mentoring.end(s.staffActors.get(0), agency, id, "Selesai", null, version))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(codes(() -> mentoring.end(s.kadisActor, agency, id, " ", null, version)))
                .containsExactly("outcome:development.mentoring.error.outcome");
        MentoringPair ended = mentoring.end(s.kadisActor, agency, id, "Mampu memimpin rapat koordinasi sendiri.", null, version);
        assertThat(ended.status()).isEqualTo(MentoringStatus.ENDED);
        assertThat(ended.endsOn()).isEqualTo(TODAY);
        assertThat(codes(() -> mentoring.logSession(s.staffActors.get(0), agency, id, MentoringSessionForm.of(TODAY, 30, "x", null))))
                .containsExactly("status:development.mentoring.error.ended");
        assertThatThrownBy(() -> mentoring.end(s.adminActor, agency, id, "lagi", null, version)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void pairsAreSeenByThePairTheMenteesLineAndHrOnly() {
        MentoringPair pair = mentoring.create(s.adminActor, agency, MentoringForm.of(s.staff.get(1).id(), s.staff.get(0).id(),
                "Analisis data cakupan", TODAY, null));
        for (Actor allowed : List.of(s.staffActors.get(0), s.staffActors.get(1), s.headActor, s.kadisActor, s.adminActor,
                s.bupatiActor, Actor.system())) {
            assertThat(mentoring.get(allowed, agency, pair.id()).id()).isEqualTo(pair.id());
        }
        for (Actor refused : List.of(s.colleague(), s.strangerActor, s.staffActors.get(2))) {
            assertThatThrownBy(() -> mentoring.get(refused, agency, pair.id())).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(mentoring.list(s.staffActors.get(0), agency, false)).extracting(r -> r.pair().id()).containsExactly(pair.id());
        assertThat(mentoring.list(s.staffActors.get(1), agency, false)).extracting(r -> r.pair().id()).containsExactly(pair.id());
        assertThat(mentoring.list(s.headActor, agency, false)).extracting(r -> r.pair().id()).containsExactly(pair.id());
        assertThat(mentoring.list(s.colleague(), agency, false)).isEmpty();
        assertThat(mentoring.list(s.colleague(), agency, true)).isEmpty();
        assertThat(mentoring.list(s.adminActor, agency, true)).singleElement().satisfies(r -> {
            assertThat(r.sessions()).isZero();
            assertThat(r.minutes()).isZero();
        });
        assertThatThrownBy(() -> mentoring.list(s.strangerActor, agency, true)).isInstanceOf(AccessDeniedException.class);
        // the mentee's appraiser ends it; a stale version is refused
        assertThatThrownBy(() -> mentoring.end(s.headActor, agency, pair.id(), "Selesai", TODAY, pair.version() + 1))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(mentoring.end(s.headActor, agency, pair.id(), "Selesai", TODAY, pair.version()).status())
                .isEqualTo(MentoringStatus.ENDED);
    }
}
