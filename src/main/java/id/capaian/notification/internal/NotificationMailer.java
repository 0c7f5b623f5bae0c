package id.capaian.notification.internal;

import id.capaian.notification.NotificationKind;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends the e-mails of notifications, from a scheduled job and never inside the transaction that made them. Each
 * run claims a batch of due notifications (several nodes never take the same one), sends them over one SMTP
 * connection, and records the outcome: sent; no address (skipped); or failed, tried again later with a growing
 * pause until {@code capaian.notification.mail.max-attempts}. Notifications older than
 * {@code capaian.notification.mail.max-age} are not sent any more (after a long outage nobody wants last week's
 * reminders). Each e-mail is in the recipient's language (Indonesian unless they chose English), as text and
 * simple HTML, with a link to the page.
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final JdbcClient jdbc;
    private final MailSwitch mail;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final EmployeeManagement employees;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final String baseUrl;
    private final String from;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration maxAge;

    NotificationMailer(JdbcClient jdbc, MailSwitch mail, MessageSource messages, ITemplateEngine templates,
            EmployeeManagement employees, ObjectMapper json, PlatformTransactionManager transactions,
            @Value("${capaian.notification.base-url:http://localhost:8080}") String baseUrl,
            @Value("${capaian.notification.mail.from:${spring.mail.username:capaian@localhost}}") String from,
            @Value("${capaian.notification.mail.batch-size:50}") int batchSize,
            @Value("${capaian.notification.mail.max-attempts:8}") int maxAttempts,
            @Value("${capaian.notification.mail.max-age:P2D}") Duration maxAge) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
        this.templates = templates;
        this.employees = employees;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
        this.batchSize = Math.max(1, Math.min(batchSize, 500));
        this.maxAttempts = Math.max(1, maxAttempts);
        this.maxAge = maxAge;
    }

    @Scheduled(fixedDelayString = "${capaian.notification.mail.interval:PT1M}",
            initialDelayString = "${capaian.notification.mail.initial-delay:PT30S}")
    void scheduled() {
        try {
            sendPending();
        } catch (RuntimeException e) {
            log.error("Sending notification e-mails failed: {}", e.getMessage(), e);
        }
    }

    /** One claimed notification to send. */
    record Due(long id, long agencyId, long employeeId, NotificationKind kind, String key, List<Object> args, String link,
            int attempts) {
    }

    /** Sends what is due, a batch at a time (at most ten batches a run); returns how many were sent. */
    public int sendPending() {
        var sender = mail.sender();
        if (sender.isEmpty()) {
            return 0;
        }
        transaction.executeWithoutResult(s -> jdbc.sql("""
                UPDATE notification SET email_status = 'SKIPPED', email_error = 'too old'
                WHERE email_status = 'PENDING' AND created_at < now() - CAST(:age AS double precision) * interval '1 second'
                """).param("age", (double) maxAge.toSeconds()).update());
        int sent = 0;
        for (int round = 0; round < 10; round++) {
            List<Due> batch = claim();
            if (batch.isEmpty()) {
                break;
            }
            sent += send(sender.get(), batch);
            if (batch.size() < batchSize) {
                break;
            }
        }
        return sent;
    }

    private List<Due> claim() {
        return transaction.execute(s -> jdbc.sql("""
                UPDATE notification SET email_claimed_until = now() + interval '10 minutes'
                WHERE id IN (SELECT id FROM notification
                             WHERE email_status = 'PENDING'
                               AND (email_next_attempt_at IS NULL OR email_next_attempt_at <= now())
                               AND (email_claimed_until IS NULL OR email_claimed_until < now())
                             ORDER BY id LIMIT :n FOR UPDATE SKIP LOCKED)
                RETURNING id, agency_id, employee_id, kind, message_key, message_args, link, email_attempts
                """).param("n", batchSize)
                .query((rs, i) -> new Due(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("employee_id"),
                        NotificationKind.valueOf(rs.getString("kind")), rs.getString("message_key"),
                        MessageArgs.fromJson(json, rs.getString("message_args")), rs.getString("link"),
                        rs.getInt("email_attempts")))
                .list());
    }

    private int send(JavaMailSender sender, List<Due> batch) {
        Map<Long, Employee> people = new HashMap<>();
        batch.stream().collect(Collectors.groupingBy(Due::agencyId, Collectors.mapping(Due::employeeId, Collectors.toSet())))
                .forEach((agency, ids) -> people.putAll(employees.byIds(agency, ids)));
        Map<Long, String> languages = new HashMap<>();
        jdbc.sql("SELECT employee_id, language FROM notification_setting WHERE employee_id IN (:ids)")
                .param("ids", batch.stream().map(Due::employeeId).distinct().toList())
                .query((rs, i) -> Map.entry(rs.getLong("employee_id"), rs.getString("language"))).list()
                .forEach(e -> languages.put(e.getKey(), e.getValue()));

        Map<MimeMessage, Due> messagesToSend = new LinkedHashMap<>();
        List<Long> noAddress = new ArrayList<>();
        Map<Long, String> failed = new HashMap<>();
        for (Due d : batch) {
            Employee to = people.get(d.employeeId());
            if (to == null || to.email() == null || to.email().isBlank()) {
                noAddress.add(d.id());
                continue;
            }
            try {
                messagesToSend.put(message(sender, d, to, Locale.forLanguageTag(languages.getOrDefault(d.employeeId(), "id"))), d);
            } catch (MessagingException | RuntimeException e) {
                failed.put(d.id(), String.valueOf(e.getMessage()));
            }
        }
        Set<Long> sent = new HashSet<>();
        if (!messagesToSend.isEmpty()) {
            try {
                sender.send(messagesToSend.keySet().toArray(new MimeMessage[0]));
                messagesToSend.values().forEach(d -> sent.add(d.id()));
            } catch (MailSendException e) {
                Map<Object, Exception> failedMessages = e.getFailedMessages();
                messagesToSend.forEach((m, d) -> {
                    if (failedMessages.containsKey(m)) {
                        failed.put(d.id(), String.valueOf(failedMessages.get(m).getMessage()));
                    } else if (failedMessages.isEmpty()) {
                        failed.put(d.id(), String.valueOf(e.getMessage()));
                    } else {
                        sent.add(d.id());
                    }
                });
            } catch (MailException e) {
                messagesToSend.values().forEach(d -> failed.put(d.id(), String.valueOf(e.getMessage())));
            }
        }
        Map<Long, Integer> attempts = batch.stream().collect(Collectors.toMap(Due::id, Due::attempts));
        transaction.executeWithoutResult(s -> {
            if (!sent.isEmpty()) {
                jdbc.sql("""
                        UPDATE notification SET email_status = 'SENT', emailed_at = now(), email_claimed_until = NULL,
                               email_attempts = email_attempts + 1, email_error = NULL WHERE id IN (:ids)
                        """).param("ids", sent).update();
            }
            if (!noAddress.isEmpty()) {
                jdbc.sql("""
                        UPDATE notification SET email_status = 'SKIPPED', email_error = 'no address', email_claimed_until = NULL
                        WHERE id IN (:ids)
                        """).param("ids", noAddress).update();
            }
            failed.forEach((id, error) -> {
                int tried = attempts.get(id) + 1;
                long pauseMinutes = Math.min(360, 1L << Math.min(tried, 9));
                jdbc.sql("""
                        UPDATE notification SET email_attempts = :tried, email_error = :error, email_claimed_until = NULL,
                               email_next_attempt_at = now() + CAST(:pause AS double precision) * interval '1 minute',
                               email_status = CASE WHEN :tried >= :max THEN 'FAILED' ELSE 'PENDING' END
                        WHERE id = :id
                        """).param("tried", tried).param("error", abbreviate(error)).param("pause", (double) pauseMinutes)
                        .param("max", maxAttempts).param("id", id).update();
            });
        });
        if (!failed.isEmpty()) {
            log.warn("{} notification e-mails failed and will be tried again later: {}", failed.size(),
                    failed.values().iterator().next());
        }
        return sent.size();
    }

    /** The e-mail of one notification: subject, text and HTML, in the recipient's language. */
    MimeMessage message(JavaMailSender sender, Due d, Employee to, Locale locale) throws MessagingException {
        String text = MessageArgs.render(messages, d.key(), d.args(), locale);
        String subject = messages.getMessage("notification.mail.subject", new Object[] {
                messages.getMessage("notification.kind." + d.kind(), null, d.kind().name(), locale)}, locale);
        String url = d.link() == null ? baseUrl + "/notifications" : baseUrl + d.link();
        String preferences = baseUrl + "/notifications/preferences";
        String greeting = messages.getMessage("notification.mail.greeting", new Object[] {to.displayName()}, locale);
        String plain = greeting + "\n\n" + text + "\n\n"
                + messages.getMessage("notification.mail.open", null, locale) + ": " + url + "\n\n-- \n"
                + messages.getMessage("notification.mail.footer", null, locale) + "\n"
                + messages.getMessage("notification.mail.preferences", null, locale) + ": " + preferences + "\n";
        Context context = new Context(locale);
        context.setVariable("greeting", greeting);
        context.setVariable("text", text);
        context.setVariable("url", url);
        context.setVariable("preferences", preferences);
        context.setVariable("subject", subject);
        String html = templates.process("notification/mail", context);

        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to.email().trim());
        helper.setSubject(subject);
        helper.setText(plain, html);
        message.setHeader("Content-Language", locale.getLanguage());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static String abbreviate(String s) {
        return s == null ? null : s.length() <= 500 ? s : s.substring(0, 500);
    }
}
