package ca.concerto.plan.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whole-document checks, run by {@link PlanDocument}'s constructor and by readers that want every
 * problem at once. Paths are JSON paths in the interchange format ("$.items[2].children[0].level").
 */
public final class PlanChecks {

    /** One problem: where (JSON path) and what (French message). */
    public record Violation(String path, String message) {}

    private PlanChecks() {}

    public static List<Violation> check(List<LevelDefinition> levels, List<PlanItem> items,
                                        List<Organization> organizations, List<Committee> committees,
                                        List<Meeting> meetings, List<CommunicationPlan> communicationPlans,
                                        List<Project> projects) {
        List<Violation> out = new ArrayList<>();
        Set<String> orgKeys = unique(organizations, Organization::key, "$.organizations", out);
        Set<String> committeeKeys = unique(committees, Committee::key, "$.committees", out);
        unique(meetings, Meeting::key, "$.meetings", out);
        unique(communicationPlans, CommunicationPlan::key, "$.communicationPlans", out);
        unique(projects, Project::key, "$.projects", out);

        Map<String, String> itemKeys = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            checkItem(items.get(i), "$.items[" + i + "]", -1, levels.size(), itemKeys, orgKeys, out);
        }
        for (int i = 0; i < committees.size(); i++) {
            List<CommitteeMember> members = committees.get(i).members();
            for (int j = 0; j < members.size(); j++) {
                ref(members.get(j).organizationKey(), orgKeys,
                        "$.committees[" + i + "].members[" + j + "].organizationKey", "organisme", out);
            }
        }
        for (int i = 0; i < meetings.size(); i++) {
            ref(meetings.get(i).committeeKey(), committeeKeys, "$.meetings[" + i + "].committeeKey", "comité", out);
        }
        for (int i = 0; i < communicationPlans.size(); i++) {
            CommunicationPlan cp = communicationPlans.get(i);
            String base = "$.communicationPlans[" + i + "]";
            Set<String> audienceKeys = unique(cp.audiences(), Audience::key, base + ".audiences", out);
            for (int j = 0; j < cp.lines().size(); j++) {
                List<String> a = cp.lines().get(j).audiences();
                for (int k = 0; k < a.size(); k++) {
                    ref(a.get(k), audienceKeys, base + ".lines[" + j + "].audiences[" + k + "]", "public cible", out);
                }
            }
        }
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            String base = "$.projects[" + i + "]";
            ref(p.committeeKey(), committeeKeys, base + ".committeeKey", "comité", out);
            for (int j = 0; j < p.funders().size(); j++) {
                ref(p.funders().get(j).organizationKey(), orgKeys, base + ".funders[" + j + "].organizationKey",
                        "organisme", out);
            }
            if (p.budgetTotal() != null && !p.budget().isEmpty()) {
                BigDecimal sum = p.budgetSum();
                if (sum.compareTo(p.budgetTotal()) != 0) {
                    out.add(new Violation(base + ".budgetTotal", "le total " + p.budgetTotal().toPlainString()
                            + " $ ne correspond pas à la somme des lignes (" + sum.toPlainString() + " $)"));
                }
            }
        }
        return List.copyOf(out);
    }

    private static void checkItem(PlanItem item, String path, int parentLevel, int levelCount,
                                  Map<String, String> seen, Set<String> orgKeys, List<Violation> out) {
        String previous = seen.putIfAbsent(item.key(), path);
        if (previous != null) {
            out.add(new Violation(path + ".key", "la clé « " + item.key() + " » est déjà utilisée par " + previous));
        }
        if (item.level() >= levelCount) {
            out.add(new Violation(path + ".level", "niveau inconnu " + item.level() + " : le plan définit "
                    + levelCount + " niveau(x), indices 0 à " + (levelCount - 1)));
        } else if (item.level() <= parentLevel) {
            out.add(new Violation(path + ".level", "le niveau " + item.level()
                    + " doit être plus grand que celui du parent (" + parentLevel + ")"));
        }
        ActionDetails a = item.action();
        if (a != null) {
            for (int k = 0; k < a.responsibleOrganizations().size(); k++) {
                ref(a.responsibleOrganizations().get(k), orgKeys, path + ".action.responsibleOrganizations[" + k + "]",
                        "organisme", out);
            }
            for (int k = 0; k < a.partnerOrganizations().size(); k++) {
                ref(a.partnerOrganizations().get(k), orgKeys, path + ".action.partnerOrganizations[" + k + "]",
                        "organisme", out);
            }
        }
        for (int i = 0; i < item.children().size(); i++) {
            checkItem(item.children().get(i), path + ".children[" + i + "]", item.level(), levelCount, seen, orgKeys, out);
        }
    }

    private static void ref(String key, Set<String> known, String path, String what, List<Violation> out) {
        if (key != null && !known.contains(key)) {
            out.add(new Violation(path, what + " inconnu : « " + key + " »"));
        }
    }

    private static <T> Set<String> unique(List<T> values, java.util.function.Function<T, String> key, String base,
                                          List<Violation> out) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String k = key.apply(values.get(i));
            if (!keys.add(k)) {
                out.add(new Violation(base + "[" + i + "].key", "la clé « " + k + " » est en double"));
            }
        }
        return keys;
    }
}
