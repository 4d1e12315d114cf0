package ca.concerto.variant.aga.impl;

import static ca.concerto.adoption.impl.VariantCycleHarness.TROC;
import static ca.concerto.adoption.impl.VariantCycleHarness.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.concerto.adoption.impl.VariantCycleHarness;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionRuleException;
import ca.concerto.plan.api.Organization.OrganizationKind;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.Vote;
import ca.concerto.workflow.api.FormValidationException;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.WorkflowTask;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole cycle with the AGA's adoption step, on the real engine and store, on H2 and PostgreSQL. */
class AgaCycleProcessTest {

    private static VariantCycleHarness harness(String kind, String quorum) throws Exception {
        AgaSettings settings = new AgaSettings(Set.of(TROC), quorum);
        return new VariantCycleHarness(kind, new AgaAdoptionVariant(settings),
                store -> Map.of(AgaVoteCheckDelegate.NAME, new AgaVoteCheckDelegate(store.plans, settings)),
                "workflows/cycle-adoption-aga.bpmn");
    }

    private static void members(VariantCycleHarness h, int count) {
        for (int i = 1; i <= count; i++) {
            h.store.plans.addOrganization(TROC, "Organisme membre " + i, OrganizationKind.MEMBER);
        }
        h.store.plans.addOrganization(TROC, "CISSS (partenaire, sans droit de vote)", OrganizationKind.PARTNER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theAssemblyAdoptsWithOneVotePerMemberOrganization(String kind) throws Exception {
        try (VariantCycleHarness h = harness(kind, null)) {
            members(h, 5); // the AGA's quorum: a majority, 3 of 5
            PlanCycle cycle = h.upToTheAdoption();
            assertEquals("AGA", cycle.adoptingBody());
            assertEquals(List.of("concertoCycleAdoptionAga", "concertoPlanCycle"), h.runningProcesses());
            assertTrue(h.tasks(h.ca1, TaskKind.BOARD_DECISION).isEmpty(), "the CA does not decide: the AGA does");
            WorkflowTask vote = h.task(h.animateur, TaskKind.BOARD_DECISION);
            assertTrue(vote.name().contains("assemblée générale"), vote.name());

            AgaVoteException tooMany = assertThrows(AgaVoteException.class,
                    () -> h.inbox.complete(h.animateur, vote.id(), vote("ADOPT", 6, 3, 6, 0, 0)));
            assertEquals(AgaVoteException.Problem.MORE_PRESENT_THAN_MEMBERS, tooMany.problem());
            assertEquals(ca.concerto.plan.api.DecisionRuleException.Rule.MORE_PRESENT_THAN_MEMBERS, tooMany.rule());
            assertEquals(List.of("6", "5"), tooMany.details(), "the partner organization has no vote");
            AgaVoteException wrongQuorum = assertThrows(AgaVoteException.class,
                    () -> h.inbox.complete(h.animateur, vote.id(), vote("ADOPT", 4, 2, 4, 0, 0)));
            assertEquals(AgaVoteException.Problem.WRONG_QUORUM, wrongQuorum.problem());
            assertEquals(List.of("2", "3", "5"), wrongQuorum.details());
            DecisionRuleException noQuorum = assertThrows(DecisionRuleException.class,
                    () -> h.inbox.complete(h.animateur, vote.id(), vote("ADOPT", 2, 3, 2, 0, 0)));
            assertEquals(DecisionRuleException.Rule.QUORUM_NOT_REACHED, noQuorum.rule());
            FormValidationException written = assertThrows(FormValidationException.class,
                    () -> h.inbox.complete(h.animateur, vote.id(), Map.of("outcome", "ADOPT",
                            "decidedOn", "2024-06-12", "decisionMode", "WRITTEN", "signatories", "ca1, ca2, ca3")));
            assertTrue(written.errors().containsKey("decisionMode"), "an assembly votes: " + written.errors());
            assertEquals(List.of(), h.store.plans.decisions(TROC, cycle.planId()), "nothing recorded");
            assertEquals(CyclePhase.ADOPTION, h.cycle(cycle).phase());
            assertEquals(vote.id(), h.task(h.animateur, TaskKind.BOARD_DECISION).id(), "the task stays open");

            h.inbox.complete(h.animateur, vote.id(), vote("ADOPT", 4, 3, 3, 1, 0));
            AdoptionDecision adopted = h.store.plans.decisions(TROC, cycle.planId()).getFirst();
            assertEquals("AGA", adopted.body());
            assertEquals(new Vote(4, 3, 3, 1, 0), adopted.vote());
            assertEquals("2024-09-27-04", adopted.resolutionNumber());
            assertEquals(LocalDate.of(2024, 9, 27), adopted.decidedOn());
            assertEquals("animateur", adopted.decidedBy(), "the AGA's secretary recorded the vote");
            assertEquals(h.store.documents.versions(TROC, cycle.planId()).getLast().fingerprint(),
                    adopted.versionFingerprint());
            assertEquals(CyclePhase.PUBLICATION, h.cycle(cycle).phase());
            assertEquals(List.of("concertoPlanCycle"), h.runningProcesses());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void changesAskedByTheAssemblyGoBackToDraftingAndARejectionEndsTheCycle(String kind) throws Exception {
        try (VariantCycleHarness h = harness(kind, "2")) { // a quorum fixed by the bylaws
            members(h, 3);
            PlanCycle cycle = h.upToTheAdoption();
            Map<String, Object> changes = vote("REQUEST_CHANGES", 3, 2, 2, 0, 1);
            changes.put("comment", "Ajouter une action sur le transport");
            h.complete(h.animateur, TaskKind.BOARD_DECISION, changes);
            assertEquals(CyclePhase.DRAFTING, h.cycle(cycle).phase());
            assertEquals(PlanStatus.CHANGES_REQUESTED,
                    h.store.plans.findPlan(TROC, cycle.planId()).orElseThrow().status());

            h.complete(h.redacteur, TaskKind.DRAFT_PLAN, Map.of());
            assertEquals(CyclePhase.ADOPTION, h.cycle(cycle).phase(), "straight back to the assembly");
            h.complete(h.animateur, TaskKind.BOARD_DECISION, vote("REJECT", 2, 2, 2, 0, 0));

            List<AdoptionDecision> decisions = h.store.plans.decisions(TROC, cycle.planId());
            assertEquals(2, decisions.size());
            assertTrue(decisions.stream().allMatch(d -> "AGA".equals(d.body())));
            assertEquals(CyclePhase.REJECTED, h.cycle(cycle).phase());
            assertEquals(PlanStatus.REJECTED, h.store.plans.findPlan(TROC, cycle.planId()).orElseThrow().status());
            assertEquals(List.of(), h.runningProcesses());
        }
    }
}
