package id.capaian.notification.internal;

import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether e-mail is on: Spring Boot makes a mail sender only when {@code spring.mail.host} is set. Without it,
 * notifications stay in the application and this is logged once.
 */
@Component
public class MailSwitch {

    private static final Logger log = LoggerFactory.getLogger(MailSwitch.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final AtomicBoolean told = new AtomicBoolean();

    MailSwitch(ObjectProvider<JavaMailSender> senders) {
        this.senders = senders;
    }

    public Optional<JavaMailSender> sender() {
        JavaMailSender sender = senders.getIfAvailable();
        if (told.compareAndSet(false, true)) {
            if (sender == null) {
                log.info("E-mail notifications are off: spring.mail.host is not set. Notifications are shown in the application only.");
            } else {
                timeouts(sender);
            }
        }
        return Optional.ofNullable(sender);
    }

    /**
     * JavaMail waits forever by default; a hanging SMTP server must not stall the sender. Ten seconds unless
     * {@code spring.mail.properties.mail.smtp.*timeout} say otherwise.
     */
    private static void timeouts(JavaMailSender sender) {
        if (sender instanceof JavaMailSenderImpl impl) {
            Properties p = impl.getJavaMailProperties();
            for (String key : new String[] {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
                p.putIfAbsent(key, "10000");
            }
        }
    }

    public boolean on() {
        return senders.getIfAvailable() != null;
    }
}
