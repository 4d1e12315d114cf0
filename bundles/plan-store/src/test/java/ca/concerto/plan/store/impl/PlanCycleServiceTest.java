package ca.concerto.plan.store.impl;

import static ca.concerto.plan.store.impl.PlanStoreTest.ROP;
import static ca.concerto.plan.store.impl.PlanStoreTest.TROC;
import static ca.concerto.plan.store.impl.PlanStoreTest.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.ActionStatus;
import ca.concerto.cycle.api.AnnualReport;
import ca.concerto.cycle.api.Attendee;
import ca.concerto.cycle.api.CommentKind;
import ca.concerto.cycle.api.CommentStatus;
import ca.concerto.cycle.api.ConsultationAnswer;
import ca.concerto.cycle.api.CycleLaunch;
import ca.concerto.cycle.api.CycleMeeting;
import ca.concerto.cycle.api.CycleNotFoundException;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.InvalidCyclePhaseException;
import ca.concerto.cycle.api.ItemComment;
import ca.concerto.cycle.api.MeetingKind;
import ca.concerto.cycle.api.MeetingRecord;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.cycle.api.ProgressReport;
import ca.concerto.cycle.api.ProposedChange;
import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.Organization.OrganizationKind;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;

/** The cycle's records through PlanCycleService, on H2 and PostgreSQL. */
class PlanCycleServiceTest {
    static final LocalDate DEADLINE = LocalDate.of(2024, 3, 15);

    private static PlanCycleServiceImpl cycles(StoreFixture f) {
        return new PlanCycleServiceImpl(f.store, f.interchange);
    }

    private static CycleLaunch launch(Long previous) {
        return new CycleLaunch("Plan d'action 2024-2025", "2024-2025", previous, "CA", DEADLINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCycleFromTheTemplateTakesTheLevelsOfTheRegroupementsLatestPlan(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanCycleServiceImpl cycles = cycles(f);
            PlanCycle first = cycles.launch(ROP, launch(null), "animateur");
            assertEquals(PlanCycleServiceImpl.DEFAULT_LEVELS,
                    f.documents.document(ROP, first.planId()).orElseThrow().levels());

            f.plans.createPlan(TROC, draft("Plan 2023-2024"), "animateur");
            PlanCycle cycle = cycles.launch(TROC, launch(null), "animateur");

            assertEquals(CyclePhase.CONSULTATION, cycle.phase());
            assertEquals(DEADLINE, cycle.consultationDeadline());
            assertEquals(Set.of(), cycle.carriedOverItemKeys());
            PlanDocument document = f.documents.document(TROC, cycle.planId()).orElseThrow();
            assertEquals(List.of("Objectif", "Action"), document.levels().stream().map(LevelDefinition::name).toList());
            assertEquals(List.of(), document.items());
            assertEquals("2024-2025", document.period().text());
            assertEquals(1, f.documents.versions(TROC, cycle.planId()).size());
            assertEquals(PlanStatus.DRAFT, f.plans.findPlan(TROC, cycle.planId()).orElseThrow().status());
            assertEquals(List.of(cycle), cycles.cycles(TROC));
            assertEquals(cycle, cycles.cycleOfPlan(TROC, cycle.planId()).orElseThrow());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void carryingOverKeepsTheUnfinishedActionsMarkedAndDropsEmptiedBranches(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanCycleServiceImpl cycles = cycles(f);
            Plan old = f.plans.createPlan(TROC, draft("Plan 2022-2023"), "animateur");
            // a cycle on that plan, carried over from it whole (it had no cycle), then followed up
            PlanCycle previous = cycles.launch(TROC, launch(old.id()), "animateur");
            assertEquals(Set.of("o1.a1", "o1.a2", "o2.a1"), previous.carriedOverItemKeys());
            cycles.enterPhase(TROC, previous.id(), CyclePhase.FOLLOW_UP);
            CycleMeeting suivi = cycles.recordMeeting(TROC, previous.id(), MeetingKind.FOLLOW_UP,
                    new MeetingRecord(LocalDate.of(2024, 6, 1), List.of("Suivi du T1"), List.of(), null, List.of()),
                    "animateur");
            cycles.reportProgress(TROC, previous.id(), suivi.id(), "o1.a1", ActionProgress.IN_PROGRESS, null, "animateur");
            cycles.reportProgress(TROC, previous.id(), suivi.id(), "o1.a1", ActionProgress.DONE, "Fait", "animateur");
            cycles.reportProgress(TROC, previous.id(), suivi.id(), "o1.a2", ActionProgress.POSTPONED, "À l'automne", "animateur");
            cycles.reportProgress(TROC, previous.id(), suivi.id(), "o2.a1", ActionProgress.ABANDONED, null, "animateur");

            PlanCycle next = cycles.launch(TROC, launch(previous.planId()), "animateur");

            PlanDocument document = f.documents.document(TROC, next.planId()).orElseThrow();
            // o1 keeps its postponed action; o2 lost its only action and goes
            assertEquals(List.of("o1"), document.items().stream().map(PlanItem::key).toList());
            assertEquals(List.of("o1.a2"), document.items().getFirst().children().stream().map(PlanItem::key).toList());
            assertEquals(Set.of("o1.a2"), next.carriedOverItemKeys());
            assertTrue(next.carriedOver("o1.a2"));
            assertEquals(previous.planId(), next.previousPlanId());
            assertEquals("Plan d'action 2024-2025", document.title());
            assertNull(document.adoption());
            assertThrows(IllegalArgumentException.class, () -> cycles.launch(ROP, launch(previous.planId()), "x"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theFacilitatorSeesWhoAnsweredTheConsultation(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanCycleServiceImpl cycles = cycles(f);
            Organization cdc = f.plans.addOrganization(TROC, "CDC du Haut-Richelieu", OrganizationKind.MEMBER);
            Organization ciusss = f.plans.addOrganization(TROC, "CISSS de la Montérégie", OrganizationKind.PARTNER);
            Organization other = f.plans.addOrganization(ROP, "Maison des jeunes", OrganizationKind.MEMBER);
            PlanCycle cycle = cycles.launch(TROC, launch(null), "animateur");

            assertThrows(IllegalArgumentException.class,
                    () -> cycles.invite(TROC, cycle.id(), List.of(other.id()), "animateur"));
            cycles.invite(TROC, cycle.id(), List.of(cdc.id(), ciusss.id()), "animateur");
            cycles.invite(TROC, cycle.id(), List.of(cdc.id()), "animateur"); // twice is once
            assertThrows(IllegalArgumentException.class,
                    () -> cycles.submitInput(TROC, cycle.id(), other.id(), "Nos besoins", "mdj"));
            assertThrows(IllegalArgumentException.class,
                    () -> cycles.submitInput(TROC, cycle.id(), cdc.id(), "  ", "cdc"));
            cycles.submitInput(TROC, cycle.id(), cdc.id(), "Besoin : transport collectif", "cdc");

            List<ConsultationAnswer> answers = cycles.consultation(TROC, cycle.id());
            assertEquals(List.of("CDC du Haut-Richelieu", "CISSS de la Montérégie"),
                    answers.stream().map(a -> a.organization().name()).toList());
            assertTrue(answers.get(0).answered());
            assertEquals("Besoin : transport collectif", answers.get(0).inputs().getFirst().text());
            assertFalse(answers.get(1).answered());
            // another regroupement sees no such cycle
            assertThrows(CycleNotFoundException.class, () -> cycles.consultation(ROP, cycle.id()));
            assertTrue(cycles.cycle(ROP, cycle.id()).isEmpty());

            cycles.enterPhase(TROC, cycle.id(), CyclePhase.MEETINGS);
            InvalidCyclePhaseException late = assertThrows(InvalidCyclePhaseException.class,
                    () -> cycles.submitInput(TROC, cycle.id(), ciusss.id(), "En retard", "cisss"));
            assertEquals("submitInput", late.step());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void meetingsAreNumberedAsTheCycleGoesWithAttendeesMinutesAndDecisions(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanCycleServiceImpl cycles = cycles(f);
            Organization cdc = f.plans.addOrganization(TROC, "CDC", OrganizationKind.MEMBER);
            PlanCycle cycle = cycles.launch(TROC, launch(null), "animateur");
            cycles.enterPhase(TROC, cycle.id(), CyclePhase.MEETINGS);
            MeetingRecord first = new MeetingRecord(LocalDate.of(2024, 4, 2),
                    List.of("Rappeler les objectifs", "Valider la vision"),
                    List.of(new Attendee("Marie Tremblay", cdc.id()), new Attendee("Luc Gagnon", null)),
                    "Procès-verbal : la vision est adoptée.", List.of("Vision adoptée", "Prochaine rencontre en mai"));

            CycleMeeting one = cycles.recordMeeting(TROC, cycle.id(), MeetingKind.RENCONTRE, first, "animateur");
            CycleMeeting two = cycles.recordMeeting(TROC, cycle.id(), MeetingKind.RENCONTRE,
                    new MeetingRecord(LocalDate.of(2024, 5, 7), List.of("Remue-méninges"), List.of(), null, List.of()),
                    "animateur");

            assertEquals(1, one.number());
            assertEquals(2, two.number());
            assertEquals(List.of(one, two), cycles.meetings(TROC, cycle.id()));
            assertEquals(first.attendees(), one.attendees());
            assertEquals(first.decisions(), one.decisions());
            assertEquals("Procès-verbal : la vision est adoptée.", one.minutes());
            assertThrows(InvalidCyclePhaseException.class, () -> cycles.recordMeeting(TROC, cycle.id(),
                    MeetingKind.FOLLOW_UP, first, "animateur"));
            Organization foreign = f.plans.addOrganization(ROP, "Ailleurs", OrganizationKind.MEMBER);
            assertThrows(IllegalArgumentException.class, () -> cycles.recordMeeting(TROC, cycle.id(),
                    MeetingKind.RENCONTRE, new MeetingRecord(LocalDate.of(2024, 6, 1), List.of(),
                            List.of(new Attendee("X", foreign.id())), null, List.of()), "animateur"));
            assertEquals(2, cycles.meetings(TROC, cycle.id()).size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theDraftingCommitteeAnswersEachCommentAndAcceptedChangesGoIntoThePlan(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanCycleServiceImpl cycles = cycles(f);
            f.identity.createUser("redacteur", "Rédacteur", TROC, Set.of(Role.MEMBER), "redacteur-pw".toCharArray());
            f.identity.createUser("membre", "Membre", TROC, Set.of(Role.MEMBER), "membre-pw-1".toCharArray());
            Plan old = f.plans.createPlan(TROC, draft("Plan 2023-2024"), "animateur");
            PlanCycle cycle = cycles.launch(TROC, launch(old.id()), "animateur");
            LocalDate commentsClose = LocalDate.of(2024, 8, 30);
            assertThrows(IllegalArgumentException.class,
                    () -> cycles.nameDraftingCommittee(TROC, cycle.id(), List.of("inconnu"), commentsClose));
            PlanCycle named = cycles.nameDraftingCommittee(TROC, cycle.id(), List.of("redacteur"), commentsClose);
            assertEquals(List.of("redacteur"), named.draftingCommittee());
            assertEquals(commentsClose, named.commentDeadline());

            assertThrows(InvalidCyclePhaseException.class, () -> cycles.comment(TROC, cycle.id(), "o1.a1",
                    CommentKind.COMMENT, "Trop tôt", null, "membre"));
            cycles.enterPhase(TROC, cycle.id(), CyclePhase.COMMENTS);
            assertThrows(IllegalArgumentException.class, () -> cycles.comment(TROC, cycle.id(), "nope",
                    CommentKind.COMMENT, "Où ?", null, "membre"));
            assertThrows(IllegalArgumentException.class, () -> cycles.comment(TROC, cycle.id(), "o1.a1",
                    CommentKind.PROPOSED_CHANGE, "Sans texte proposé", null, "membre"));
            ItemComment remark = cycles.comment(TROC, cycle.id(), "o1", CommentKind.COMMENT,
                    "Cet objectif est clair", null, "membre");
            ItemComment accepted = cycles.comment(TROC, cycle.id(), "o1.a1", CommentKind.PROPOSED_CHANGE,
                    "Préciser la fréquence", new ProposedChange("Diffuser les bons coups chaque mois", null), "membre");
            ItemComment rejected = cycles.comment(TROC, cycle.id(), "o1.a2", CommentKind.PROPOSED_CHANGE,
                    "Moins de rencontres", new ProposedChange("Tenir 2 rencontres", null), "membre");
            assertEquals(1, accepted.draftVersion());
            cycles.enterPhase(TROC, cycle.id(), CyclePhase.REVIEW);

            assertThrows(SecurityException.class,
                    () -> cycles.review(TROC, accepted.id(), true, "D'accord", "membre"));
            assertThrows(IllegalArgumentException.class,
                    () -> cycles.review(TROC, accepted.id(), true, " ", "redacteur"));
            assertThrows(IllegalArgumentException.class,
                    () -> cycles.review(ROP, accepted.id(), true, "D'accord", "redacteur"));
            ItemComment a = cycles.review(TROC, accepted.id(), true, "Plus précis", "redacteur");
            ItemComment r = cycles.review(TROC, rejected.id(), false, "Quatre rencontres sont nécessaires", "redacteur");
            cycles.review(TROC, remark.id(), true, "Merci", "redacteur");
            assertThrows(IllegalArgumentException.class,
                    () -> cycles.review(TROC, rejected.id(), true, "Finalement oui", "redacteur"));

            assertEquals(CommentStatus.ACCEPTED, a.status());
            assertEquals("redacteur", a.reviewedBy());
            assertEquals(CommentStatus.REJECTED, r.status());
            assertEquals("Quatre rencontres sont nécessaires", r.reason());
            PlanDocument document = f.documents.document(TROC, cycle.planId()).orElseThrow();
            assertEquals("Diffuser les bons coups chaque mois", DocumentRows.find(document, "o1.a1").title());
            assertEquals("Tenir 4 rencontres", DocumentRows.find(document, "o1.a2").title());
            assertEquals(List.of(CommentStatus.ACCEPTED, CommentStatus.ACCEPTED, CommentStatus.REJECTED),
                    cycles.comments(TROC, cycle.id()).stream().map(ItemComment::status).toList());
        }
    }

    /** A cycle carried over from a plan of 2023-2024, moved on to its follow-up. */
    private static PlanCycle inFollowUp(StoreFixture f, PlanCycleServiceImpl cycles) {
        Plan old = f.plans.createPlan(TROC, draft("Plan 2023-2024"), "animateur");
        PlanCycle cycle = cycles.launch(TROC, launch(old.id()), "animateur");
        cycles.enterPhase(TROC, cycle.id(), CyclePhase.FOLLOW_UP);
        return cycle;
    }

    private static CycleMeeting followUpMeeting(PlanCycleServiceImpl cycles, PlanCycle cycle, LocalDate date) {
        return cycles.recordMeeting(TROC, cycle.id(), MeetingKind.FOLLOW_UP,
                new MeetingRecord(date, List.of(), List.of(), null, List.of()), "animateur");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFollowUpMeetingsStatusesAreRecordedAllOrNone(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanCycleServiceImpl cycles = cycles(f);
            PlanCycle cycle = inFollowUp(f, cycles);
            CycleMeeting q1 = followUpMeeting(cycles, cycle, LocalDate.of(2024, 9, 10));

            // "o1" is an objective: the whole meeting's report is refused, the action before it too
            assertThrows(IllegalArgumentException.class, () -> cycles.reportProgress(TROC, cycle.id(), q1.id(),
                    List.of(new ProgressReport("o1.a1", ActionProgress.DONE, null),
                            new ProgressReport("o1", ActionProgress.DONE, null)), "animateur"));
            assertEquals(List.of(), cycles.progress(TROC, cycle.id()));
            assertThrows(IllegalArgumentException.class, () -> cycles.reportProgress(TROC, cycle.id(), q1.id(),
                    List.of(new ProgressReport("o1.a1", ActionProgress.DONE, null),
                            new ProgressReport("o1.a1", ActionProgress.POSTPONED, null)), "animateur"));
            assertThrows(IllegalArgumentException.class,
                    () -> cycles.reportProgress(TROC, cycle.id(), q1.id(), List.of(), "animateur"));

            List<ActionStatus> recorded = cycles.reportProgress(TROC, cycle.id(), q1.id(),
                    List.of(new ProgressReport("o1.a1", ActionProgress.DONE, "  Infolettre lancée "),
                            new ProgressReport("o1.a2", ActionProgress.POSTPONED, " ")), "animateur");

            assertEquals(List.of("o1.a1", "o1.a2"), recorded.stream().map(ActionStatus::itemKey).toList());
            assertEquals("Infolettre lancée", recorded.get(0).comment());
            assertNull(recorded.get(1).comment());
            assertEquals(recorded, cycles.progress(TROC, cycle.id()));
            assertThrows(CycleNotFoundException.class, () -> cycles.reportProgress(ROP, cycle.id(), q1.id(),
                    List.of(new ProgressReport("o1.a1", ActionProgress.DONE, null)), "animateur"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theAnnualReportGathersEachActionsLatestStatus(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanCycleServiceImpl cycles = cycles(f);
            PlanCycle cycle = inFollowUp(f, cycles);
            CycleMeeting q1 = followUpMeeting(cycles, cycle, LocalDate.of(2024, 9, 10));
            CycleMeeting q2 = followUpMeeting(cycles, cycle, LocalDate.of(2024, 12, 10));
            cycles.reportProgress(TROC, cycle.id(), q1.id(), "o1.a1", ActionProgress.IN_PROGRESS, null, "animateur");
            cycles.reportProgress(TROC, cycle.id(), q2.id(), "o1.a1", ActionProgress.DONE, "Infolettre lancée", "animateur");
            cycles.reportProgress(TROC, cycle.id(), q2.id(), "o1.a2", ActionProgress.UPCOMING, null, "animateur");
            assertThrows(IllegalArgumentException.class, () -> cycles.reportProgress(TROC, cycle.id(), q2.id(), "o1",
                    ActionProgress.DONE, null, "animateur"));

            AnnualReport report = cycles.annualReport(TROC, cycle.id());

            assertEquals(2, report.followUpMeetings());
            assertEquals(1, report.unreported());
            assertEquals(Map.of(ActionProgress.UPCOMING, 1, ActionProgress.IN_PROGRESS, 0, ActionProgress.DONE, 1,
                    ActionProgress.POSTPONED, 0, ActionProgress.ABANDONED, 0), report.counts());
            AnnualReport.Line first = report.actions().getFirst();
            assertEquals("o1.a1", first.itemKey());
            assertEquals(ActionProgress.DONE, first.progress());
            assertEquals("Infolettre lancée", first.comment());
            assertEquals(LocalDate.of(2024, 12, 10), first.reportedOn());
            assertTrue(first.carriedOver());
            assertNull(report.actions().get(2).progress());
            assertEquals(4, cycles.progress(TROC, cycle.id()).size() + 1);
        }
    }
}
