package id.capaian.notification.web;

import id.capaian.notification.Notification;
import id.capaian.notification.NotificationKind;
import id.capaian.notification.NotificationManagement;
import id.capaian.notification.NotificationPreference;
import id.capaian.platform.Actor;
import id.capaian.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's notifications: the list (mark one or all read, open one), the bell's unread count
 * (loaded by htmx into the navigation bar), and the preferences per kind (in the application, by e-mail) with the
 * language of e-mails.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final NotificationManagement notifications;

    NotificationController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    /** A notification as shown: its text in the reader's language. */
    public record Row(Notification notification, String text) {
    }

    @GetMapping
    String list(Actor actor, @RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
            Model model, Locale locale) {
        PageResult<Notification> inbox = notifications.inbox(actor, unread, page, 30);
        model.addAttribute("rows", inbox.map(n -> new Row(n, notifications.text(n, locale))));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", notifications.unread(actor));
        model.addAttribute("hasEmployee", actor.employeeId() != null);
        model.addAttribute("zone", JAKARTA);
        return "notification/list";
    }

    /** The bell with the unread count, for htmx to put into the navigation bar. */
    @GetMapping("/bell")
    String bell(Actor actor, Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("unreadCount", notifications.unread(actor));
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        return "notification/bell :: bell";
    }

    /** The unread count as plain text (for scripts and monitoring of one's own inbox). */
    @GetMapping(value = "/unread-count", produces = "text/plain")
    ResponseEntity<String> unreadCount(Actor actor) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(String.valueOf(notifications.unread(actor)));
    }

    /** Marks it read and goes to its page. */
    @GetMapping("/{id}/open")
    String open(Actor actor, @PathVariable long id) {
        Notification n = notifications.markRead(actor, id);
        String link = n.link();
        return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/{id}/read")
    String read(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean unread,
            RedirectAttributes redirect) {
        notifications.markRead(actor, id);
        return "redirect:/notifications" + (unread ? "?unread=true" : "");
    }

    @PostMapping("/read-all")
    String readAll(Actor actor, RedirectAttributes redirect) {
        int n = notifications.markAllRead(actor);
        redirect.addFlashAttribute("flash", "notification.allRead");
        redirect.addFlashAttribute("flashArgs", new Object[] {n});
        return "redirect:/notifications";
    }

    @GetMapping("/preferences")
    String preferences(Actor actor, Model model, Locale locale) {
        List<NotificationPreference> prefs = notifications.preferences(actor);
        model.addAttribute("preferences", prefs);
        model.addAttribute("language", notifications.language(actor).orElse("en".equals(locale.getLanguage()) ? "en" : "id"));
        model.addAttribute("languages", NotificationManagement.LANGUAGES);
        model.addAttribute("hasEmployee", actor.employeeId() != null);
        return "notification/preferences";
    }

    @PostMapping("/preferences")
    String savePreferences(Actor actor, @RequestParam(required = false) List<String> inApp,
            @RequestParam(required = false) List<String> email, @RequestParam(required = false) String language,
            RedirectAttributes redirect, HttpServletRequest request) {
        notifications.savePreferences(actor, kinds(inApp), kinds(email), language);
        redirect.addFlashAttribute("flash", "notification.preferencesSaved");
        redirect.addFlashAttribute("flashArgs", new Object[0]);
        return "redirect:/notifications/preferences";
    }

    private static Set<NotificationKind> kinds(List<String> names) {
        Set<NotificationKind> out = EnumSet.noneOf(NotificationKind.class);
        if (names != null) {
            for (String n : names) {
                for (NotificationKind k : NotificationKind.values()) {
                    if (k.name().equals(n)) {
                        out.add(k);
                    }
                }
            }
        }
        return out;
    }
}
