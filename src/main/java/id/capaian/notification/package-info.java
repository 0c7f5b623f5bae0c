/**
 * Notification: messages to people in the application (the bell) and by e-mail, in their language, about what
 * concerns them (a plan submitted, approved or returned, feedback, a request for evidence, a dialogue scheduled)
 * and daily reminders of deadlines (realisations of the current month or quarter, the plan deadline). Each person
 * chooses per kind whether to see it in the application and whether to receive an e-mail. E-mails go out from a
 * scheduled sender, never inside the transaction that caused them, and only when SMTP is configured
 * ({@code spring.mail.host}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package id.capaian.notification;
