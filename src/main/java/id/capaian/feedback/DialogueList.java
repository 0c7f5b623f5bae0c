package id.capaian.feedback;

import id.capaian.platform.PageResult;
import java.util.List;

/**
 * The dialogues page: upcoming ones first (scheduled, soonest first, including those whose time has passed without
 * being held or cancelled), then the held and cancelled ones (latest first, a page at a time), and the actor's own
 * open actions.
 */
public record DialogueList(List<DialogueSummary> upcoming, PageResult<DialogueSummary> past,
        List<OpenAction> openActions) {

    /** An open action of the actor, with the dialogue it was agreed in. */
    public record OpenAction(DialogueAction action, long dialogueId, String topic) {
    }
}
