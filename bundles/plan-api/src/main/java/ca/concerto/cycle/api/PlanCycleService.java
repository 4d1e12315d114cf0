package ca.concerto.cycle.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The records of plan cycles. Every method works inside the regroupement it is given: another
 * regroupement's cycle is absent ({@link CycleNotFoundException}), another regroupement's
 * organization or plan is refused. Each write is one transaction. The phase rules are the
 * store's: a step outside its phase throws {@link InvalidCyclePhaseException} and writes nothing.
 * Roles are checked by the callers (the workflow and the screens).
 */
@ProviderType
public interface PlanCycleService {

    /**
     * Opens a cycle in {@link CyclePhase#CONSULTATION} with its new plan (a draft, recorded as
     * version 1). Carried over, the plan is the previous plan's document without the actions that
     * its last cycle's follow-up reported finished (réalisé, abandonné), and without the branches
     * left empty; the actions kept are marked as carried over. From the template, the plan has the
     * hierarchy levels of the regroupement's latest plan (or Orientation / Objectif / Action) and
     * no items.
     *
     * @throws IllegalArgumentException if the previous plan is not of this regroupement
     */
    PlanCycle launch(String regroupementId, CycleLaunch launch, String launchedBy);

    Optional<PlanCycle> cycle(String regroupementId, long cycleId);

    /** The latest cycle of that plan, if the plan was launched through a cycle. */
    Optional<PlanCycle> cycleOfPlan(String regroupementId, long planId);

    /** The regroupement's cycles, latest first. */
    List<PlanCycle> cycles(String regroupementId);

    /** Moves the cycle to a phase (the workflow does, as the process goes). */
    PlanCycle enterPhase(String regroupementId, long cycleId, CyclePhase phase);

    /** Links the cycle to the process instance that runs it. */
    PlanCycle attachProcess(String regroupementId, long cycleId, String processInstanceId);

    // ---- consultation ------------------------------------------------------------------------

    /** Invites organizations of the regroupement (members, partners) to the consultation; twice is once. */
    List<ConsultationAnswer> invite(String regroupementId, long cycleId, List<Long> organizationIds, String invitedBy);

    /**
     * Records an invited organization's input.
     *
     * @throws IllegalArgumentException if the organization was not invited or the text is blank
     */
    ConsultationInput submitInput(String regroupementId, long cycleId, long organizationId, String text,
                                  String submittedBy);

    /** Each invited organization with what it sent (nothing: it has not answered). */
    List<ConsultationAnswer> consultation(String regroupementId, long cycleId);

    // ---- meetings ----------------------------------------------------------------------------

    /**
     * Records a meeting: a rencontre while the plan is being written (consultation to review), a
     * follow-up meeting once it is published. Its number is the next of its kind.
     */
    CycleMeeting recordMeeting(String regroupementId, long cycleId, MeetingKind kind, MeetingRecord record,
                               String recordedBy);

    /** The cycle's meetings, in order of kind and number. */
    List<CycleMeeting> meetings(String regroupementId, long cycleId);

    // ---- drafting committee and comments ---------------------------------------------------------

    /**
     * Names the comité de rédaction (usernames of the regroupement) and the last day of the
     * comment period that will follow its draft.
     */
    PlanCycle nameDraftingCommittee(String regroupementId, long cycleId, List<String> members,
                                    LocalDate commentDeadline);

    /**
     * A member's comment or proposed change on one item of the draft, during the comment period.
     *
     * @throws IllegalArgumentException if the plan has no such item, or a proposed change has no proposal
     */
    ItemComment comment(String regroupementId, long cycleId, String itemKey, CommentKind kind, String text,
                        ProposedChange proposal, String author);

    /** The cycle's comments, oldest first. */
    List<ItemComment> comments(String regroupementId, long cycleId);

    /**
     * The comité de rédaction's answer to a comment, with its reason. An accepted proposed change
     * is written into the plan's working document in the same transaction.
     *
     * @throws SecurityException if the reviewer is not on the comité de rédaction
     * @throws IllegalArgumentException if the reason is blank or the comment was already answered
     */
    ItemComment review(String regroupementId, long commentId, boolean accept, String reason, String reviewer);

    // ---- follow-up ---------------------------------------------------------------------------

    /**
     * Records an action's status and comment at a follow-up meeting (a later report of the same
     * meeting replaces nothing: it is added, and the latest counts).
     */
    ActionStatus reportProgress(String regroupementId, long cycleId, long meetingId, String itemKey,
                                ActionProgress progress, String comment, String reportedBy);

    /**
     * Records the statuses given at a follow-up meeting, all in one transaction: if one is refused
     * (an item that is not an action, a comment too long), none is recorded.
     *
     * @throws IllegalArgumentException if the list is empty, names an action twice or a report is refused
     * @since 1.1
     */
    List<ActionStatus> reportProgress(String regroupementId, long cycleId, long meetingId,
                                      List<ProgressReport> reports, String reportedBy);

    /** Every status recorded in the cycle, oldest first. */
    List<ActionStatus> progress(String regroupementId, long cycleId);

    /** The bilan annuel from the follow-up records so far. */
    AnnualReport annualReport(String regroupementId, long cycleId);
}
