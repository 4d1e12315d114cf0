package ca.concerto.variant.joint.impl;

import static ca.concerto.adoption.impl.VariantCycleHarness.TROC;
import static ca.concerto.adoption.impl.VariantCycleHarness.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.concerto.adoption.impl.VariantCycleHarness;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.DecisionRuleException;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.Vote;
import ca.concerto.workflow.api.FormValidationException;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.WorkflowTask;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole cycle with the joint adoption step (CA and partner chantier), on the real engine and store. */
class JointCycleProcessTest {
    static final String PARTNER = "Chantier Transport collectif";

    private static VariantCycleHarness harness(String kind) throws Exception {
        JointSettings settings = JointSettings.of(Map.of("regroupements", TROC, "partner", PARTNER), name -> null);
        return new VariantCycleHarness(kind, new JointAdoptionVariant(settings),
                store -> Map.of(JointOutcomeDelegate.NAME, new JointOutcomeDelegate(),
                        JointBoardVoteCheckDelegate.NAME, new JointBoardVoteCheckDelegate()),
                "workflows/cycle-adoption-joint.bpmn");
    }

    private static Map<String, Object> partner(String outcome) {
        return Map.of("partnerOutcome", outcome, "partnerDecidedOn", "2024-09-30",
                "partnerResolutionNumber", "CT-2024-12");
    }

    private static WorkflowTask partnerTask(VariantCycleHarness h) {
        WorkflowTask task = h.task(h.animateur, TaskKind.OTHER);
        assertEquals("Consigner la décision du chantier partenaire (" + PARTNER + ")", task.name());
        return task;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void adoptedOnlyOnceBothTheCaAndThePartnerAdopt(String kind) throws Exception {
        try (VariantCycleHarness h = harness(kind)) {
            PlanCycle cycle = h.upToTheAdoption();
            assertEquals("CA", cycle.adoptingBody());
            assertEquals(List.of("concertoCycleAdoptionJoint", "concertoPlanCycle"), h.runningProcesses());
            WorkflowTask board = h.task(h.ca1, TaskKind.BOARD_DECISION);
            WorkflowTask partner = partnerTask(h);
            assertTrue(h.tasks(h.ca1, TaskKind.OTHER).isEmpty(), "the facilitator records the partner's decision");

            DecisionRuleException noQuorum = assertThrows(DecisionRuleException.class,
                    () -> h.inbox.complete(h.ca1, board.id(), vote("ADOPT", 1, 2, 1, 0, 0)));
            assertEquals(DecisionRuleException.Rule.QUORUM_NOT_REACHED, noQuorum.rule());
            assertEquals(board.id(), h.task(h.ca1, TaskKind.BOARD_DECISION).id(), "refused at once: the CA corrects it");
            h.inbox.complete(h.ca1, board.id(), vote("ADOPT", 3, 2, 3, 0, 0));
            assertEquals(List.of(), h.store.plans.decisions(TROC, cycle.planId()), "the partner has not decided yet");
            assertEquals(CyclePhase.ADOPTION, h.cycle(cycle).phase());
            FormValidationException noDate = assertThrows(FormValidationException.class,
                    () -> h.inbox.complete(h.animateur, partner.id(), Map.of("partnerOutcome", "ADOPT")));
            assertEquals(Set.of("partnerDecidedOn"), noDate.errors().keySet());
            h.inbox.complete(h.animateur, partner.id(), partner("ADOPT"));

            AdoptionDecision adopted = h.store.plans.decisions(TROC, cycle.planId()).getFirst();
            assertEquals(DecisionOutcome.ADOPT, adopted.outcome());
            assertEquals("CA", adopted.body());
            assertEquals("ca1", adopted.decidedBy());
            assertEquals(new Vote(3, 2, 3, 0, 0), adopted.vote());
            assertEquals("Décision du chantier partenaire (" + PARTNER + ") : adopté, résolution CT-2024-12, "
                    + "le 2024-09-30.", adopted.comment());
            assertEquals(CyclePhase.PUBLICATION, h.cycle(cycle).phase());
            assertEquals(List.of("concertoPlanCycle"), h.runningProcesses());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void thePartnersRejectionRejectsThePlanTheCaAdopted(String kind) throws Exception {
        try (VariantCycleHarness h = harness(kind)) {
            PlanCycle cycle = h.upToTheAdoption();
            h.inbox.complete(h.animateur, partnerTask(h).id(), partner("REJECT"));
            assertEquals(CyclePhase.ADOPTION, h.cycle(cycle).phase(), "the CA has not decided yet");
            Map<String, Object> adopt = vote("ADOPT", 3, 2, 2, 0, 1);
            adopt.put("comment", "Conforme au budget partagé");
            h.complete(h.ca2, TaskKind.BOARD_DECISION, adopt);

            AdoptionDecision rejected = h.store.plans.decisions(TROC, cycle.planId()).getFirst();
            assertEquals(DecisionOutcome.REJECT, rejected.outcome());
            assertEquals("CA", rejected.body());
            assertTrue(rejected.comment().startsWith("Conforme au budget partagé\n\nDécision du chantier partenaire"),
                    rejected.comment());
            assertTrue(rejected.comment().endsWith("Décision du CA : adopté; résultat conjoint : rejeté."),
                    rejected.comment());
            assertEquals(CyclePhase.REJECTED, h.cycle(cycle).phase());
            assertEquals(PlanStatus.REJECTED, h.store.plans.findPlan(TROC, cycle.planId()).orElseThrow().status());
            assertEquals(List.of(), h.runningProcesses());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void changesAskedByTheCaGoBackToDraftingThenBothDecideAgain(String kind) throws Exception {
        try (VariantCycleHarness h = harness(kind)) {
            PlanCycle cycle = h.upToTheAdoption();
            h.inbox.complete(h.animateur, partnerTask(h).id(), partner("ADOPT"));
            Map<String, Object> changes = vote("REQUEST_CHANGES", 3, 2, 3, 0, 0);
            changes.put("comment", "Préciser la part du budget de chaque chantier");
            h.complete(h.ca1, TaskKind.BOARD_DECISION, changes);

            assertEquals(CyclePhase.DRAFTING, h.cycle(cycle).phase());
            assertEquals(PlanStatus.CHANGES_REQUESTED,
                    h.store.plans.findPlan(TROC, cycle.planId()).orElseThrow().status());
            assertEquals(DecisionOutcome.REQUEST_CHANGES,
                    h.store.plans.decisions(TROC, cycle.planId()).getFirst().outcome());
            h.complete(h.redacteur, TaskKind.DRAFT_PLAN, Map.of());

            assertEquals(CyclePhase.ADOPTION, h.cycle(cycle).phase());
            h.complete(h.ca3, TaskKind.BOARD_DECISION, Map.of("outcome", "ADOPT", "decidedOn", "2024-11-05",
                    "resolutionNumber", "CA-2024-R-12", "decisionMode", "WRITTEN", "signatories", "ca1, ca2, ca3"));
            h.inbox.complete(h.animateur, partnerTask(h).id(), partner("ADOPT"));

            List<AdoptionDecision> decisions = h.store.plans.decisions(TROC, cycle.planId());
            assertEquals(List.of(DecisionOutcome.REQUEST_CHANGES, DecisionOutcome.ADOPT),
                    decisions.stream().map(AdoptionDecision::outcome).toList());
            assertEquals(List.of("ca1", "ca2", "ca3"), decisions.getLast().writtenResolution().signatories());
            assertEquals(CyclePhase.PUBLICATION, h.cycle(cycle).phase());
        }
    }
}
