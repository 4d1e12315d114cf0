package ca.concerto.plan.store.impl;

import static ca.concerto.plan.store.impl.PlanStoreTest.ROP;
import static ca.concerto.plan.store.impl.PlanStoreTest.TROC;
import static ca.concerto.plan.store.impl.PlanStoreTest.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.DecisionRecord;
import ca.concerto.plan.api.DecisionRuleException;
import ca.concerto.plan.api.DecisionRuleException.Rule;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.api.Publication;
import ca.concerto.plan.api.Vote;
import ca.concerto.plan.api.WrittenResolution;
import ca.concerto.plan.model.PlanItem;

/** The adoption record as a body keeps it: vote and quorum, written resolution, publication, amendment. */
class AdoptionRecordTest {
    static final LocalDate SEPT_27 = LocalDate.of(2023, 9, 27);

    private static Plan submitted(StoreFixture f) {
        Plan plan = f.plans.createPlan(TROC, draft("Plan 2023-2024"), "animateur");
        f.plans.markSubmitted(TROC, plan.id());
        return plan;
    }

    private static void directors(StoreFixture f, String... usernames) {
        for (String u : usernames) {
            f.identity.createUser(u, u, TROC, Set.of(Role.BOARD_MEMBER), ("secret-" + u + "-pw").toCharArray());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aVotedAdoptionIsRecordedWithItsResolutionAndTheExactVersion(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            Plan plan = submitted(f);
            PlanVersion submittedVersion = f.documents.versions(TROC, plan.id()).getLast();
            DecisionRecord record = new DecisionRecord(DecisionOutcome.ADOPT, "CA", SEPT_27, "CA-2023-09-27-04",
                    new Vote(7, 5, 6, 0, 1), null, "Adopté tel que présenté");

            AdoptionDecision d = f.plans.recordDecision(TROC, plan.id(), record, "ca1");

            assertEquals(SEPT_27, d.decidedOn());
            assertEquals("CA-2023-09-27-04", d.resolutionNumber());
            assertEquals(new Vote(7, 5, 6, 0, 1), d.vote());
            assertNull(d.writtenResolution());
            assertEquals(submittedVersion.number(), d.versionNumber());
            assertEquals(submittedVersion.fingerprint(), d.versionFingerprint());
            assertEquals(List.of(d), f.plans.decisions(TROC, plan.id()));
            assertEquals(PlanStatus.ADOPTED, f.plans.findPlan(TROC, plan.id()).orElseThrow().status());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aVoteWithoutQuorumOrThatDoesNotCarryRecordsNothing(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            Plan plan = submitted(f);
            DecisionRuleException noQuorum = assertThrows(DecisionRuleException.class,
                    () -> f.plans.recordDecision(TROC, plan.id(), new DecisionRecord(DecisionOutcome.ADOPT, "CA",
                            SEPT_27, "R-1", new Vote(4, 5, 4, 0, 0), null, null), "ca1"));
            assertEquals(Rule.QUORUM_NOT_REACHED, noQuorum.rule());
            assertEquals(List.of("4", "5"), noQuorum.details());

            DecisionRuleException lost = assertThrows(DecisionRuleException.class,
                    () -> f.plans.recordDecision(TROC, plan.id(), new DecisionRecord(DecisionOutcome.ADOPT, "CA",
                            SEPT_27, "R-1", new Vote(7, 5, 3, 3, 1), null, null), "ca1"));
            assertEquals(Rule.VOTE_DOES_NOT_CARRY, lost.rule());

            assertEquals(List.of(), f.plans.decisions(TROC, plan.id()));
            assertEquals(PlanStatus.SUBMITTED, f.plans.findPlan(TROC, plan.id()).orElseThrow().status());
            // more votes than members present is not a vote at all
            assertThrows(IllegalArgumentException.class, () -> new Vote(3, 2, 2, 1, 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aWrittenResolutionNeedsEachDirectorsSignatureAndNoOneElse(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            directors(f, "ca1", "ca2", "ca3");
            f.identity.createUser("animateur", "Animateur", TROC, Set.of(Role.FACILITATOR), "secret-animateur".toCharArray());
            f.identity.createUser("ca-rop", "CA du ROP", ROP, Set.of(Role.BOARD_MEMBER), "secret-rop-pw".toCharArray());
            Plan plan = submitted(f);

            DecisionRuleException missing = assertThrows(DecisionRuleException.class,
                    () -> f.plans.recordDecision(TROC, plan.id(), written(List.of("ca1", "ca3")), "ca1"));
            assertEquals(Rule.SIGNATURES_MISSING, missing.rule());
            assertEquals(List.of("ca2"), missing.details());

            DecisionRuleException stranger = assertThrows(DecisionRuleException.class,
                    () -> f.plans.recordDecision(TROC, plan.id(),
                            written(List.of("ca1", "ca2", "ca3", "ca-rop")), "ca1"));
            assertEquals(Rule.NOT_A_DIRECTOR, stranger.rule());
            assertEquals(List.of("ca-rop"), stranger.details());
            assertEquals(List.of(), f.plans.decisions(TROC, plan.id()));

            AdoptionDecision d = f.plans.recordDecision(TROC, plan.id(), written(List.of("ca3", "ca1", "ca2")), "ca1");
            assertEquals(new WrittenResolution(List.of("ca3", "ca1", "ca2"), SEPT_27), d.writtenResolution());
            assertNull(d.vote());
            assertEquals(List.of(d), f.plans.decisions(TROC, plan.id()));
        }
    }

    private static DecisionRecord written(List<String> signatories) {
        return new DecisionRecord(DecisionOutcome.ADOPT, "CA", SEPT_27, "CA-2023-R-12", null,
                new WrittenResolution(signatories, SEPT_27), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theAdoptedVersionIsPublishedOnceAdoptedOnly(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            Plan plan = submitted(f);
            LocalDate oct2 = LocalDate.of(2023, 10, 2);
            assertThrows(InvalidPlanStateException.class, () -> f.plans.publish(TROC, plan.id(), oct2, "animateur"));
            AdoptionDecision d = f.plans.recordDecision(TROC, plan.id(), new DecisionRecord(DecisionOutcome.ADOPT,
                    "CA", SEPT_27, "R-4", new Vote(5, 5, 5, 0, 0), null, null), "ca1");
            assertThrows(PlanNotFoundException.class, () -> f.plans.publish(ROP, plan.id(), oct2, "animateur"));

            Publication p = f.plans.publish(TROC, plan.id(), oct2, "animateur");

            assertEquals(d.versionNumber(), p.versionNumber());
            assertEquals(d.versionFingerprint(), p.versionFingerprint());
            assertEquals(oct2, p.publishedOn());
            assertEquals(List.of(p), f.plans.publications(TROC, plan.id()));
            assertEquals(List.of(), f.plans.publications(ROP, plan.id()));
            assertEquals(PlanStatus.PUBLISHED, f.plans.findPlan(TROC, plan.id()).orElseThrow().status());
            assertThrows(InvalidPlanStateException.class, () -> f.plans.publish(TROC, plan.id(), oct2, "animateur"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void changingAnAdoptedPlanOpensANewVersionThatNeedsANewAdoption(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            Plan plan = submitted(f);
            Map<String, Long> revisions = f.documents.itemRevisions(TROC, plan.id());
            PlanItem action = f.documents.document(TROC, plan.id()).orElseThrow().items().getFirst().children()
                    .getFirst();
            // frozen while the board decides on its exact version
            assertThrows(InvalidPlanStateException.class, () -> f.documents.updateItem(TROC, plan.id(), action.key(),
                    revisions.get(action.key()), action.withTitle("Changé pendant la décision"), "animateur"));
            AdoptionDecision adopted = f.plans.recordDecision(TROC, plan.id(), new DecisionRecord(
                    DecisionOutcome.ADOPT, "CA", SEPT_27, "R-4", new Vote(5, 5, 5, 0, 0), null, null), "ca1");
            f.plans.publish(TROC, plan.id(), SEPT_27, "animateur");

            f.documents.updateItem(TROC, plan.id(), action.key(), revisions.get(action.key()),
                    action.withTitle("Diffuser les bons coups chaque mois"), "animateur");

            assertEquals(PlanStatus.DRAFT, f.plans.findPlan(TROC, plan.id()).orElseThrow().status());
            f.plans.markSubmitted(TROC, plan.id());
            PlanVersion amended = f.documents.versions(TROC, plan.id()).getLast();
            assertEquals(adopted.versionNumber() + 1, amended.number());
            AdoptionDecision again = f.plans.recordDecision(TROC, plan.id(), new DecisionRecord(
                    DecisionOutcome.ADOPT, "CA", SEPT_27.plusMonths(3), "R-9", new Vote(5, 5, 4, 1, 0), null, null),
                    "ca1");
            assertEquals(amended.fingerprint(), again.versionFingerprint());
            // the first record is as it was
            assertEquals(List.of(adopted, again), f.plans.decisions(TROC, plan.id()));
        }
    }
}
