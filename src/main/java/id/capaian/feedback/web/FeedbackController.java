package id.capaian.feedback.web;

import id.capaian.feedback.FeedbackForm;
import id.capaian.feedback.FeedbackManagement;
import id.capaian.feedback.FeedbackThread;
import id.capaian.feedback.FeedbackView;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The feedback thread of a realisation. {@code GET} answers the fragment {@code feedback/thread :: thread} to htmx
 * (or with {@code ?fragment=true}), so that the realisation page can load it in place; anyone else (a link in a
 * notification, a browser without JavaScript) gets a whole page with the realisation's summary. {@code POST} adds
 * a comment or a reply: htmx gets the thread again, a plain form is sent back to {@code returnTo} (a path on this
 * site, e.g. the realisation page that included the thread) or to the whole page.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/realisations/{realisationId}/feedback")
class FeedbackController {

    static final String PAGE = "feedback/page";
    static final String FRAGMENT = "feedback/thread :: thread";
    /** Threads shown before "show earlier" (see {@link #fill}). */
    static final int SHOWN = 20;

    private final FeedbackManagement feedback;
    private final MessageSource messages;

    FeedbackController(FeedbackManagement feedback, MessageSource messages) {
        this.feedback = feedback;
        this.messages = messages;
    }

    @GetMapping
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long realisationId,
            @RequestParam(required = false) String returnTo, @RequestParam(defaultValue = "false") boolean fragment,
            @RequestParam(defaultValue = "false") boolean all, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        fill(actor, agencyId, realisationId, safe(returnTo), all, model);
        model.addAttribute("feedbackForm", new FeedbackForm());
        response.addHeader("Vary", "HX-Request");
        return fragment || htmx(request) ? FRAGMENT : PAGE;
    }

    @PostMapping
    String comment(Actor actor, @PathVariable long agencyId, @PathVariable long realisationId,
            @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult binding,
            @RequestParam(required = false) String returnTo, HttpServletRequest request, Model model,
            RedirectAttributes redirect, Locale locale) {
        String back = safe(returnTo);
        String target = form.getParentId() == null ? "comment" : "reply-" + form.getParentId();
        FormProblems problems = null;
        if (binding.hasErrors()) {
            problems = FormProblems.of(target, binding, messages, locale);
        } else {
            try {
                feedback.comment(actor, agencyId, realisationId, form);
            } catch (InvalidInputException e) {
                problems = FormProblems.of(target, e, messages, locale);
            }
        }
        boolean htmx = htmx(request);
        if (problems == null && !htmx) {
            redirect.addFlashAttribute("flash", "feedback.sent");
            redirect.addFlashAttribute("flashArgs", new Object[0]);
            String page = back != null ? back : "/agencies/" + agencyId + "/realisations/" + realisationId + "/feedback";
            return "redirect:" + page + "#feedback-" + realisationId;
        }
        fill(actor, agencyId, realisationId, back, false, model);
        if (problems != null) {
            model.addAttribute("problems", problems);
        } else {
            model.addAttribute("feedbackForm", new FeedbackForm());
            model.addAttribute("liveMessage", "feedback.sent");
        }
        return htmx ? FRAGMENT : PAGE;
    }

    /**
     * The latest {@link #SHOWN} threads, oldest first, unless all are asked for: a thread that grew over the year is
     * not drawn whole (nor its reply forms) on every visit; a link shows the earlier ones.
     */
    private void fill(Actor actor, long agencyId, long realisationId, String returnTo, boolean all, Model model) {
        FeedbackView view = feedback.view(actor, agencyId, realisationId);
        List<FeedbackThread> threads = view.threads();
        int earlier = all ? 0 : Math.max(0, threads.size() - SHOWN);
        model.addAttribute("feedback", view);
        model.addAttribute("shownThreads", threads.subList(earlier, threads.size()));
        model.addAttribute("earlierThreads", earlier);
        model.addAttribute("returnTo", returnTo);
        model.addAttribute("zone", EmployeeManagement.JAKARTA);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", FormProblems.none());
        }
    }

    static boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** Only a path on this site: never another host, never a scheme, no line breaks. */
    static String safe(String path) {
        if (path == null || path.isBlank() || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(c -> c < 0x20) || path.length() > 500) {
            return null;
        }
        int hash = path.indexOf('#');
        return hash >= 0 ? path.substring(0, hash) : path;
    }
}
