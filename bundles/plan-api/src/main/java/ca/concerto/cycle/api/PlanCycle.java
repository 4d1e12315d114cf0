package ca.concerto.cycle.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One cycle of a plan d'action, from launch to the annual bilan.
 *
 * @param planId               the plan this cycle writes, adopts and follows up
 * @param previousPlanId       the plan it was carried over from, null if launched from the template
 * @param carriedOverItemKeys  keys of the items carried over from the previous plan (unfinished actions)
 * @param draftingCommittee    usernames of the comité de rédaction, empty until named
 * @param commentDeadline      last day of the comment period, null until the committee is named
 * @param processInstanceId    the engine's process instance running this cycle, null before it starts
 * @param revision             increased by every change of the cycle
 */
public record PlanCycle(long id, String regroupementId, long planId, String period, CyclePhase phase,
                        String adoptingBody, Long previousPlanId, Set<String> carriedOverItemKeys,
                        LocalDate consultationDeadline, List<String> draftingCommittee, LocalDate commentDeadline,
                        String processInstanceId, String launchedBy, Instant launchedAt, long revision) {

    public PlanCycle {
        carriedOverItemKeys = Set.copyOf(carriedOverItemKeys);
        draftingCommittee = List.copyOf(draftingCommittee);
    }

    /** Whether the item came from the previous plan, unfinished. */
    public boolean carriedOver(String itemKey) {
        return carriedOverItemKeys.contains(itemKey);
    }
}
