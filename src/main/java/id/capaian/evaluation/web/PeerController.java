package id.capaian.evaluation.web;

import id.capaian.evaluation.PeerInvitation;
import id.capaian.evaluation.PeerReviewManagement;
import id.capaian.evaluation.Rating;
import id.capaian.planning.BerakhlakValue;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 360 input: on the annual sheet the appraiser or an administrator asks peers or subordinates; a rater sees the
 * requests for their input and answers once, anonymously (the answer is stored without the rater and shown only as
 * aggregates of at least {@link PeerReviewManagement#MINIMUM}).
 */
@Controller
class PeerController {

    private final PeerReviewManagement peers;
    private final EvaluationSheetPage page;
    private final MessageSource messages;

    PeerController(PeerReviewManagement peers, EvaluationSheetPage page, MessageSource messages) {
        this.peers = peers;
        this.page = page;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- asking (on the annual sheet)

    @PostMapping("/agencies/{agencyId}/plans/{planId}/evaluation/0/peers")
    String invite(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @RequestParam(required = false) List<Long> raterIds, @RequestParam(required = false) String relation,
            @RequestParam(required = false) String raterQuery, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            List<PeerInvitation> created = peers.invite(actor, agencyId, planId, raterIds,
                    EvaluationWebAdvice.parse(PeerInvitation.Relation.class, relation));
            EvaluationWebAdvice.flash(redirect, "evaluationWeb.flash.invited", created.size());
            return "redirect:" + EvaluationSheetPage.url(agencyId, planId, 0) + "#peers";
        } catch (InvalidInputException e) {
            page.fill(actor, agencyId, planId, 0, null, raterQuery, model, locale);
            model.addAttribute("formErrors", FormErrors.of("peers", e, EvaluationWebAdvice.LABELS, messages, locale));
            model.addAttribute("chosenRaters", raterIds == null ? List.of() : raterIds);
            model.addAttribute("chosenRelation", relation);
            return EvaluationSheetPage.VIEW;
        }
    }

    /** The people matching a search, for the invitation form (htmx swaps the list; without JS the sheet is drawn again). */
    @GetMapping("/agencies/{agencyId}/plans/{planId}/evaluation/0/peers/candidates")
    String candidates(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @RequestParam(required = false) String raterQuery, Model model, HttpServletRequest request, Locale locale) {
        if (!EvaluationWebAdvice.htmx(request)) {
            return "redirect:" + EvaluationSheetPage.url(agencyId, planId, 0)
                    + (raterQuery == null ? "" : "?raterQuery=" + java.net.URLEncoder.encode(raterQuery, java.nio.charset.StandardCharsets.UTF_8))
                    + "#peers";
        }
        if (!page.fill(actor, agencyId, planId, 0, null, raterQuery, model, locale).canInvitePeers()) {
            throw new AccessDeniedException("evaluation.error.onlyAppraiserOrAdmin");
        }
        return EvaluationSheetPage.VIEW + " :: candidates";
    }

    // ---------------------------------------------------------------- answering

    /** Requests for my input, open ones first. */
    @GetMapping("/evaluations/peer-input")
    String requests(Actor actor, Model model) {
        model.addAttribute("requests", peers.mine(actor));
        model.addAttribute("minimum", PeerReviewManagement.MINIMUM);
        return "evaluation/peer-requests";
    }

    @GetMapping("/evaluations/peer-input/{invitationId}")
    String answerForm(Actor actor, @PathVariable long invitationId, Model model) {
        fill(actor, invitationId, new EnumMap<>(BerakhlakValue.class), "", model);
        return "evaluation/peer-answer";
    }

    /** The answer: {@code rating-<VALUE>} for each of the seven values and an optional {@code comment}. */
    @PostMapping("/evaluations/peer-input/{invitationId}")
    String answer(Actor actor, @PathVariable long invitationId, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect, Locale locale) {
        Map<BerakhlakValue, Rating> ratings = new EnumMap<>(BerakhlakValue.class);
        for (BerakhlakValue v : BerakhlakValue.values()) {
            Rating r = EvaluationWebAdvice.parse(Rating.class, params.getFirst("rating-" + v.name()));
            if (r != null) {
                ratings.put(v, r);
            }
        }
        String comment = params.getFirst("comment");
        try {
            peers.answer(actor, agency(actor, invitationId), invitationId, ratings, comment);
            EvaluationWebAdvice.flash(redirect, "evaluationWeb.flash.answered");
            return "redirect:/evaluations/peer-input";
        } catch (InvalidInputException e) {
            fill(actor, invitationId, ratings, comment, model);
            model.addAttribute("formErrors", FormErrors.of("answer", e, EvaluationWebAdvice.LABELS, messages, locale));
            return "evaluation/peer-answer";
        }
    }

    private static long agency(Actor actor, long invitationId) {
        if (actor.agencyId() == null) {
            throw new NotFoundException("peerInvitation", invitationId);
        }
        return actor.agencyId();
    }

    private void fill(Actor actor, long invitationId, Map<BerakhlakValue, Rating> ratings, String comment, Model model) {
        model.addAttribute("invitation", peers.get(actor, agency(actor, invitationId), invitationId));
        model.addAttribute("values", BerakhlakValue.values());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("chosen", ratings);
        model.addAttribute("comment", comment == null ? "" : comment);
        model.addAttribute("minimum", PeerReviewManagement.MINIMUM);
    }
}
