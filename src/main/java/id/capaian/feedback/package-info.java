/**
 * Feedback: the appraiser's feedback on realisations (umpan balik), in threads the employee answers, with the
 * request for more evidence; and performance dialogues (dialog kinerja) between an appraiser and one or several
 * appraisees: scheduled or ad hoc, with notes, the obstacles raised and the actions agreed and followed up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package id.capaian.feedback;
