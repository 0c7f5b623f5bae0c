package id.capaian.notification;

/** A person's choice for one kind: shown in the application, sent by e-mail (both on unless changed). */
public record NotificationPreference(NotificationKind kind, boolean inApp, boolean email) {
}
