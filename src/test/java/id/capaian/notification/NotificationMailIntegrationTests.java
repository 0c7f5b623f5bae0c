package id.capaian.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.capaian.feedback.Scenario;
import id.capaian.notification.internal.NotificationMailer;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.PlanManagement;
import id.capaian.support.IntegrationTest;
import id.capaian.support.TestData;
import id.capaian.tracking.RealisationManagement;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * E-mail of notifications against a real SMTP server (GreenMail): sent by the scheduled sender, not by the
 * business transaction; to the recipient's address, in their language, as text and HTML with a link to the page;
 * never twice; not when the preference is off or there is no address; tried again after a failure. A context of
 * its own (SMTP configured) on a database of its own.
 */
@IntegrationTest
@TestPropertySource(properties = {"capaian.embedded-db.database=notification_test", "spring.mail.host=127.0.0.1",
        "capaian.notification.mail.initial-delay=PT2H", "capaian.notification.base-url=https://capaian.example.go.id/",
        "capaian.notification.mail.from=Capaian <no-reply@capaian.example.go.id>"})
class NotificationMailIntegrationTests {

    static final int PORT = freePort();
    static GreenMail smtp;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired TestData data;
    @Autowired UserDetailsService users;
    @Autowired PeriodManagement periods;
    @Autowired PlanManagement plans;
    @Autowired RealisationManagement realisations;
    @Autowired EmployeeManagement employees;
    @Autowired NotificationManagement notifications;
    @Autowired NotificationMailer mailer;
    @Autowired JdbcClient jdbc;

    Scenario s;

    @BeforeEach
    void setUp() throws Exception {
        mailer.sendPending(); // whatever other tests left
        smtp.purgeEmailFromAllMailboxes();
        s = new Scenario(data, users, periods, plans, realisations);
        Scenario.setEmail(employees, s.agency, s.staff, "bidan.kahean@dinkes.example.go.id");
        Scenario.setEmail(employees, s.agency, s.head, "kasi.yankes@dinkes.example.go.id");
    }

    private static MimeMessage to(MimeMessage[] messages, String address) {
        return Arrays.stream(messages).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no e-mail to " + address));
    }

    private String status(long employeeId, String kind) {
        return jdbc.sql("SELECT email_status FROM notification WHERE employee_id = :e AND kind = :k")
                .param("e", employeeId).param("k", kind).query(String.class).single();
    }

    @Test
    void emailsGoOutLaterInTheRecipientsLanguageWithALink() throws Exception {
        notifications.savePreferences(s.staffActor, EnumSet.allOf(NotificationKind.class), EnumSet.allOf(NotificationKind.class), "en");
        var plan = s.approvedPlan();
        // nothing is sent inside the business transaction
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(status(s.staff.id(), "PLAN_APPROVED")).isEqualTo("PENDING");

        assertThat(mailer.sendPending()).isEqualTo(2);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);

        MimeMessage staffMail = to(received, "bidan.kahean@dinkes.example.go.id");
        assertThat(staffMail.getSubject()).isEqualTo("[Capaian] Plan approved");
        assertThat(staffMail.getHeader("Content-Language")[0]).isEqualTo("en");
        assertThat(staffMail.getFrom()[0].toString()).contains("no-reply@capaian.example.go.id");
        String staffBody = GreenMailUtil.getBody(staffMail);
        assertThat(staffBody).contains("Your " + Scenario.year() + " plan (SKP) was approved")
                .contains("https://capaian.example.go.id/agencies/" + s.agency.id() + "/plans/" + plan.id())
                .contains("text/plain").contains("text/html").contains("Dear");

        MimeMessage headMail = to(received, "kasi.yankes@dinkes.example.go.id");
        assertThat(headMail.getSubject()).isEqualTo("[Capaian] SKP menunggu persetujuan");
        assertThat(GreenMailUtil.getBody(headMail)).contains("mengajukan SKP tahun " + Scenario.year()).contains("Yth.");

        assertThat(status(s.staff.id(), "PLAN_APPROVED")).isEqualTo("SENT");
        assertThat(mailer.sendPending()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void noEmailWhenThePreferenceIsOffOrThereIsNoAddress() {
        EnumSet<NotificationKind> email = EnumSet.allOf(NotificationKind.class);
        email.remove(NotificationKind.PLAN_APPROVED);
        notifications.savePreferences(s.staffActor, EnumSet.allOf(NotificationKind.class), email, "id");
        s.approvedPlan();
        var plan2 = s.submittedPlan(s.staff2Actor, Scenario.year());
        plans.approve(s.headActor, s.agency.id(), plan2.id());
        assertThat(status(s.staff.id(), "PLAN_APPROVED")).isEqualTo("NONE");
        assertThat(status(s.staff2.id(), "PLAN_APPROVED")).isEqualTo("PENDING");

        assertThat(mailer.sendPending()).isEqualTo(2); // the head's two "plan submitted"
        assertThat(status(s.staff2.id(), "PLAN_APPROVED")).isEqualTo("SKIPPED");
        assertThat(smtp.getReceivedMessages()).extracting(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString();
            } catch (Exception e) {
                return "";
            }
        }).containsOnly("kasi.yankes@dinkes.example.go.id");
        // the in-app notification is there all the same
        assertThat(notifications.inbox(s.staffActor, false, 0, 10).content()).extracting(Notification::kind)
                .contains(NotificationKind.PLAN_APPROVED);
    }

    @Test
    void aFailedSendingIsTriedAgainLater() throws Exception {
        smtp.stop();
        try {
            s.approvedPlan();
            assertThat(mailer.sendPending()).isZero();
            List<Object[]> rows = jdbc.sql("""
                    SELECT email_status, email_attempts, email_next_attempt_at > now() FROM notification
                    WHERE employee_id = :e AND kind = 'PLAN_APPROVED'
                    """).param("e", s.staff.id())
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getBoolean(3)}).list();
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r[0]).isEqualTo("PENDING");
                assertThat(r[1]).isEqualTo(1);
                assertThat(r[2]).isEqualTo(true);
            });
            // not yet due
            assertThat(mailer.sendPending()).isZero();
        } finally {
            smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        jdbc.sql("UPDATE notification SET email_next_attempt_at = now() WHERE agency_id = :a AND email_status = 'PENDING'")
                .param("a", s.agency.id()).update();
        assertThat(mailer.sendPending()).isEqualTo(2);
        assertThat(status(s.staff.id(), "PLAN_APPROVED")).isEqualTo("SENT");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }
}
