package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.CycleHarness.TROC;
import static ca.concerto.adoption.impl.CycleHarness.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.AnnualReport;
import ca.concerto.cycle.api.CommentKind;
import ca.concerto.cycle.api.CycleMeeting;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.ItemComment;
import ca.concerto.cycle.api.MeetingKind;
import ca.concerto.cycle.api.MeetingRecord;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.cycle.api.ProposedChange;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionRuleException;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.api.Vote;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.workflow.api.FormValidationException;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.TaskNotReadyException;
import ca.concerto.workflow.api.WorkflowTask;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.operaton.bpm.engine.runtime.Job;

/** Every path of the cycle's process, through the services, on the real store, on H2 and PostgreSQL. */
class CycleProcessTest {
    static final LocalDate LATER = LocalDate.now().plusMonths(2);

    private static CycleMeeting rencontre(CycleHarness h, PlanCycle cycle, String goal) {
        return h.store.cycles.recordMeeting(TROC, cycle.id(), MeetingKind.RENCONTRE,
                new MeetingRecord(LocalDate.now(), List.of(goal), List.of(), "Procès-verbal", List.of("Décidé")),
                "animateur");
    }

    private static PlanCycle phase(CycleHarness h, PlanCycle cycle) {
        return h.store.cycles.cycle(TROC, cycle.id()).orElseThrow();
    }

    /** Consultation closed early, two rencontres, drafting, one comment period, review: up to the board. */
    private static PlanCycle upToTheBoard(CycleHarness h) {
        PlanCycle cycle = h.launchCarriedOver(LATER);
        assertEquals(CyclePhase.CONSULTATION, phase(h, cycle).phase());
        assertNotNull(phase(h, cycle).processInstanceId());
        Organization cdc = h.store.plans.addOrganization(TROC, "CDC", Organization.OrganizationKind.MEMBER);
        h.store.cycles.invite(TROC, cycle.id(), List.of(cdc.id()), "animateur");
        h.store.cycles.submitInput(TROC, cycle.id(), cdc.id(), "Nos priorités : le transport", "membre");
        h.complete(h.animateur, TaskKind.FOLLOW_CONSULTATION); // closed before its deadline

        assertEquals(CyclePhase.MEETINGS, phase(h, cycle).phase());
        rencontre(h, cycle, "Rappeler les objectifs");
        h.complete(h.animateur, TaskKind.HOLD_MEETINGS, Map.of("anotherMeeting", true));
        rencontre(h, cycle, "Nommer le comité de rédaction");
        WorkflowTask meetings = h.task(h.animateur, TaskKind.HOLD_MEETINGS);
        TaskNotReadyException noCommittee = assertThrows(TaskNotReadyException.class,
                () -> h.inbox.complete(h.animateur, meetings.id(), Map.of("anotherMeeting", false)));
        assertEquals(TaskNotReadyException.Reason.DRAFTING_COMMITTEE_MISSING, noCommittee.reason());
        h.store.cycles.nameDraftingCommittee(TROC, cycle.id(), List.of("redacteur"), LATER);
        h.inbox.complete(h.animateur, meetings.id(), Map.of("anotherMeeting", false));

        assertEquals(CyclePhase.DRAFTING, phase(h, cycle).phase());
        assertTrue(h.inbox.tasksFor(h.membre).isEmpty(), "only the comité de rédaction drafts");
        PlanItem action = h.store.documents.document(TROC, cycle.planId()).orElseThrow().items().getFirst()
                .children().getFirst();
        h.store.documents.updateItem(TROC, cycle.planId(), action.key(),
                h.store.documents.itemRevisions(TROC, cycle.planId()).get(action.key()),
                action.withTitle("Diffuser les bons coups des membres"), "redacteur");
        h.complete(h.redacteur, TaskKind.DRAFT_PLAN);
        PlanVersion draft = h.store.documents.versions(TROC, cycle.planId()).getLast();
        assertEquals(2, draft.number());
        assertEquals("redacteur", draft.createdBy());

        assertEquals(CyclePhase.COMMENTS, phase(h, cycle).phase());
        ItemComment proposal = h.store.cycles.comment(TROC, cycle.id(), action.key(), CommentKind.PROPOSED_CHANGE,
                "Plus concret", new ProposedChange("Diffuser un bon coup par mois", null), "membre");
        h.complete(h.animateur, TaskKind.FOLLOW_COMMENTS); // closed before its deadline

        assertEquals(CyclePhase.REVIEW, phase(h, cycle).phase());
        WorkflowTask review = h.task(h.redacteur, TaskKind.REVIEW_COMMENTS);
        TaskNotReadyException open = assertThrows(TaskNotReadyException.class,
                () -> h.inbox.complete(h.redacteur, review.id(), Map.of()));
        assertEquals(TaskNotReadyException.Reason.OPEN_COMMENTS, open.reason());
        h.store.cycles.review(TROC, proposal.id(), true, "Plus mesurable", "redacteur");
        h.inbox.complete(h.redacteur, review.id(), Map.of());

        assertEquals(CyclePhase.ADOPTION, phase(h, cycle).phase());
        assertEquals(PlanStatus.SUBMITTED, h.store.plans.findPlan(TROC, cycle.planId()).orElseThrow().status());
        assertEquals(3, h.store.documents.versions(TROC, cycle.planId()).getLast().number());
        return cycle;
    }

    /**
     * A delegate's store writes are in the engine command's transaction: entering the drafting, the phase
     * delegate records the phase, then finds no comité de rédaction and fails; the phase is not kept.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aDelegateFailingAfterItsStoreWriteKeepsNothingOfIt(String kind) throws Exception {
        try (CycleHarness h = new CycleHarness(kind, 2)) {
            PlanCycle cycle = h.launchCarriedOver(LATER);
            h.complete(h.animateur, TaskKind.FOLLOW_CONSULTATION);
            rencontre(h, cycle, "Nommer le comité de rédaction");
            WorkflowTask meetings = h.task(h.animateur, TaskKind.HOLD_MEETINGS);

            // straight to the engine, past the inbox's own check for the comité
            RuntimeException refused = assertThrows(RuntimeException.class, () -> h.engine.getTaskService()
                    .complete(meetings.id(), Map.of("anotherMeeting", false)));
            assertTrue(String.valueOf(refused.getMessage()).contains("no comité de rédaction"), refused.getMessage());

            assertEquals(CyclePhase.MEETINGS, phase(h, cycle).phase(), "the phase written by the delegate was rolled back");
            assertEquals(meetings.id(), h.task(h.animateur, TaskKind.HOLD_MEETINGS).id(), "the task is still open");
            h.store.cycles.nameDraftingCommittee(TROC, cycle.id(), List.of("redacteur"), LATER);
            h.inbox.complete(h.animateur, meetings.id(), Map.of("anotherMeeting", false));
            assertEquals(CyclePhase.DRAFTING, phase(h, cycle).phase());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void adoptedAtOnceThenPublishedFollowedUpAndClosedWithItsBilan(String kind) throws Exception {
        try (CycleHarness h = new CycleHarness(kind, 2)) {
            PlanCycle cycle = upToTheBoard(h);
            WorkflowTask board = h.task(h.ca1, TaskKind.BOARD_DECISION);
            assertEquals(cycle.planId(), board.planId());

            Map<String, Object> missingCounts = vote("ADOPT", 3, 2, 3, 0, 0);
            missingCounts.remove("quorum");
            FormValidationException incomplete = assertThrows(FormValidationException.class,
                    () -> h.inbox.complete(h.ca1, board.id(), missingCounts));
            assertEquals(List.of("quorum"), List.copyOf(incomplete.errors().keySet()));
            DecisionRuleException noQuorum = assertThrows(DecisionRuleException.class,
                    () -> h.inbox.complete(h.ca1, board.id(), vote("ADOPT", 1, 2, 1, 0, 0)));
            assertEquals(DecisionRuleException.Rule.QUORUM_NOT_REACHED, noQuorum.rule());
            assertEquals(List.of(), h.store.plans.decisions(TROC, cycle.planId()), "nothing recorded");
            assertNull(h.task(h.ca2, TaskKind.BOARD_DECISION).assignee(), "the refused vote left the task to all");
            h.inbox.complete(h.ca1, board.id(), vote("ADOPT", 3, 2, 2, 0, 1));

            AdoptionDecision adopted = h.store.plans.decisions(TROC, cycle.planId()).getFirst();
            assertEquals(new Vote(3, 2, 2, 0, 1), adopted.vote());
            assertEquals("CA-2024-09-27-04", adopted.resolutionNumber());
            assertEquals(LocalDate.of(2024, 9, 27), adopted.decidedOn());
            assertEquals("ca1", adopted.decidedBy());
            assertEquals(h.store.documents.versions(TROC, cycle.planId()).getLast().fingerprint(),
                    adopted.versionFingerprint());
            assertEquals(CyclePhase.PUBLICATION, phase(h, cycle).phase());

            h.complete(h.animateur, TaskKind.PUBLISH_PLAN, Map.of("publishedOn", "2024-10-01"));
            assertEquals(PlanStatus.PUBLISHED, h.store.plans.findPlan(TROC, cycle.planId()).orElseThrow().status());
            assertEquals(LocalDate.of(2024, 10, 1), h.store.plans.publications(TROC, cycle.planId()).getFirst().publishedOn());
            assertEquals(CyclePhase.FOLLOW_UP, phase(h, cycle).phase());

            String action = h.store.documents.document(TROC, cycle.planId()).orElseThrow().items().getFirst()
                    .children().getFirst().key();
            for (int quarter = 1; quarter <= 2; quarter++) {
                assertTrue(h.inbox.tasksFor(h.animateur).isEmpty(), "nothing due before the follow-up date");
                Job due = h.timers().getFirst();
                assertEquals(1, h.timers().size());
                h.fire(due); // the follow-up meeting falls due
                WorkflowTask followUp = h.task(h.animateur, TaskKind.FOLLOW_UP_MEETING);
                assertThrows(TaskNotReadyException.class,
                        () -> h.inbox.complete(h.animateur, followUp.id(), Map.of()));
                CycleMeeting meeting = h.store.cycles.recordMeeting(TROC, cycle.id(), MeetingKind.FOLLOW_UP,
                        new MeetingRecord(LocalDate.now(), List.of("Suivi"), List.of(), null, List.of()), "animateur");
                h.store.cycles.reportProgress(TROC, cycle.id(), meeting.id(), action,
                        quarter == 1 ? ActionProgress.IN_PROGRESS : ActionProgress.DONE, "T" + quarter, "animateur");
                h.inbox.complete(h.animateur, followUp.id(), Map.of());
            }

            h.complete(h.animateur, TaskKind.ANNUAL_REPORT);
            assertEquals(CyclePhase.CLOSED, phase(h, cycle).phase());
            assertEquals(0, h.engine.getRuntimeService().createProcessInstanceQuery().count(), "the cycle ended");
            AnnualReport bilan = h.store.cycles.annualReport(TROC, cycle.id());
            assertEquals(1, bilan.counts().get(ActionProgress.DONE));
            assertEquals(2, bilan.followUpMeetings());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void changesRequestedGoBackToDraftingThenAWrittenResolutionAdopts(String kind) throws Exception {
        try (CycleHarness h = new CycleHarness(kind, 4)) {
            PlanCycle cycle = upToTheBoard(h);
            Map<String, Object> changes = vote("REQUEST_CHANGES", 3, 2, 3, 0, 0);
            changes.put("comment", "Ajouter un échéancier à chaque action");
            h.complete(h.ca2, TaskKind.BOARD_DECISION, changes);

            assertEquals(CyclePhase.DRAFTING, phase(h, cycle).phase());
            assertEquals(PlanStatus.CHANGES_REQUESTED, h.store.plans.findPlan(TROC, cycle.planId()).orElseThrow().status());
            PlanItem action = h.store.documents.document(TROC, cycle.planId()).orElseThrow().items().getFirst()
                    .children().getLast();
            h.store.documents.updateItem(TROC, cycle.planId(), action.key(),
                    h.store.documents.itemRevisions(TROC, cycle.planId()).get(action.key()),
                    action.withTitle("Tenir 4 rencontres d'ici juin 2025"), "redacteur");
            h.complete(h.redacteur, TaskKind.DRAFT_PLAN);
            // the body's changes go straight back to the body, without a new comment period
            assertEquals(CyclePhase.ADOPTION, phase(h, cycle).phase());
            PlanVersion revised = h.store.documents.versions(TROC, cycle.planId()).getLast();
            assertEquals(4, revised.number());

            WorkflowTask board = h.task(h.ca1, TaskKind.BOARD_DECISION);
            Map<String, Object> written = Map.of("outcome", "ADOPT", "decidedOn", "2024-11-05",
                    "resolutionNumber", "CA-2024-R-12", "decisionMode", "WRITTEN", "signatories", "ca1, ca3");
            DecisionRuleException missing = assertThrows(DecisionRuleException.class,
                    () -> h.inbox.complete(h.ca1, board.id(), written));
            assertEquals(List.of("ca2"), missing.details());
            FormValidationException noSignatures = assertThrows(FormValidationException.class,
                    () -> h.inbox.complete(h.ca1, board.id(), Map.of("outcome", "ADOPT", "decidedOn", "2024-11-05",
                            "decisionMode", "WRITTEN")));
            assertTrue(noSignatures.errors().containsKey("signatories"));
            h.inbox.complete(h.ca1, board.id(), Map.of("outcome", "ADOPT", "decidedOn", "2024-11-05",
                    "resolutionNumber", "CA-2024-R-12", "decisionMode", "WRITTEN", "signatories", "ca1, ca2, ca3"));

            List<AdoptionDecision> decisions = h.store.plans.decisions(TROC, cycle.planId());
            assertEquals(2, decisions.size());
            assertEquals("Ajouter un échéancier à chaque action", decisions.getFirst().comment());
            assertEquals(3, decisions.getFirst().versionNumber());
            assertEquals(List.of("ca1", "ca2", "ca3"), decisions.getLast().writtenResolution().signatories());
            assertNull(decisions.getLast().vote());
            assertEquals(revised.fingerprint(), decisions.getLast().versionFingerprint());
            assertEquals(CyclePhase.PUBLICATION, phase(h, cycle).phase());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRejectedPlanEndsItsCycle(String kind) throws Exception {
        try (CycleHarness h = new CycleHarness(kind, 4)) {
            PlanCycle cycle = upToTheBoard(h);
            Map<String, Object> reject = vote("REJECT", 3, 2, 2, 1, 0);
            reject.put("comment", "Le plan ne répond pas aux priorités de la consultation");
            h.complete(h.ca3, TaskKind.BOARD_DECISION, reject);

            assertEquals(CyclePhase.REJECTED, phase(h, cycle).phase());
            assertEquals(PlanStatus.REJECTED, h.store.plans.findPlan(TROC, cycle.planId()).orElseThrow().status());
            assertEquals(0, h.engine.getRuntimeService().createProcessInstanceQuery().count());
            assertEquals(0, h.timers().size(), "no deadline left behind");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void deadlinesCloseTheConsultationAndTheCommentsAndRemindTheBoard(String kind) throws Exception {
        try (CycleHarness h = new CycleHarness(kind, 4)) {
            PlanCycle cycle = h.launchCarriedOver(LATER);
            Job consultationCloses = h.timers().getFirst();
            assertEquals(1, h.timers().size());
            assertEquals(java.util.Date.from(LATER.plusDays(1).atStartOfDay(ca.concerto.plan.api.QuebecTime.ZONE).toInstant()),
                    consultationCloses.getDuedate(), "the deadline passes at the end of its day, Québec time");
            h.fire(consultationCloses);
            assertTrue(h.inbox.tasksFor(h.animateur).stream().noneMatch(t -> t.kind() == TaskKind.FOLLOW_CONSULTATION));
            h.complete(h.animateur, TaskKind.CONSULTATION_CLOSED); // the reminder: answers reviewed
            assertEquals(CyclePhase.MEETINGS, phase(h, cycle).phase());

            h.store.cycles.nameDraftingCommittee(TROC, cycle.id(), List.of("redacteur"), LATER.plusDays(10));
            rencontre(h, cycle, "Unique rencontre");
            h.complete(h.animateur, TaskKind.HOLD_MEETINGS, Map.of("anotherMeeting", false));
            h.complete(h.redacteur, TaskKind.DRAFT_PLAN);
            Job commentsClose = h.timers().getFirst();
            assertEquals(java.util.Date.from(LATER.plusDays(11).atStartOfDay(ca.concerto.plan.api.QuebecTime.ZONE).toInstant()),
                    commentsClose.getDuedate());
            h.fire(commentsClose);
            assertEquals(CyclePhase.REVIEW, phase(h, cycle).phase());
            h.complete(h.redacteur, TaskKind.REVIEW_COMMENTS);

            Job boardLate = h.timers().getFirst();
            h.fire(boardLate);
            WorkflowTask reminder = h.task(h.animateur, TaskKind.BOARD_REMINDER);
            assertNotNull(reminder);
            assertEquals(0, h.timers().size(), "the reminder fires once");
            h.complete(h.ca1, TaskKind.BOARD_DECISION, vote("ADOPT", 3, 2, 3, 0, 0));
            assertTrue(h.inbox.tasksFor(h.animateur).stream().noneMatch(t -> t.kind() == TaskKind.BOARD_REMINDER),
                    "the reminder goes once the body decided");
            assertEquals(CyclePhase.PUBLICATION, phase(h, cycle).phase());
        }
    }
}
