package ca.concerto.plan.bench;

import java.util.ArrayList;
import java.util.List;

import ca.concerto.plan.model.ActionDetails;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Organization;
import ca.concerto.plan.model.OrganizationKind;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.Schedules;
import ca.concerto.plan.model.Statement;
import ca.concerto.plan.model.StatementKind;
import ca.concerto.plan.model.Step;

/**
 * Generated plans d'action of the size of a large regional plan and beyond: orientations, objectives
 * and actions with the fields real plans fill (responsible organization and role, partners,
 * resources, expected results, indicators, échéancier, steps with their actor, notes). Deterministic.
 */
public final class GeneratedPlans {

    static final String[] SCHEDULES = {"Automne 2024", "Hiver 2025", "Mars 2025", "En continu", "2024-2025",
            "Selon le calendrier des rencontres", "Printemps 2025", "À long terme", "Janvier à mars 2025"};

    private GeneratedPlans() {
    }

    /**
     * A plan of {@code actions} actions: 10 orientations, each with {@code actions / 200} objectives
     * (at least 1) of 20 actions each, the last objective taking the rest.
     */
    public static PlanDocument plan(int actions) {
        List<Organization> organizations = new ArrayList<>();
        for (int o = 1; o <= 40; o++) {
            organizations.add(new Organization("org-" + o, "Organisme communautaire numéro " + o + " de la région",
                    o % 5 == 0 ? "OC" + o : null, o % 7 == 0 ? OrganizationKind.PARTNER : OrganizationKind.MEMBER));
        }
        int perObjective = 20;
        int objectives = Math.max(1, (actions + perObjective - 1) / perObjective);
        int orientations = Math.min(10, objectives);
        List<PlanItem> roots = new ArrayList<>();
        int made = 0;
        int objectiveIndex = 0;
        for (int v = 1; v <= orientations; v++) {
            List<PlanItem> objectiveItems = new ArrayList<>();
            int objectivesHere = objectives / orientations + (v <= objectives % orientations ? 1 : 0);
            for (int g = 1; g <= objectivesHere; g++) {
                objectiveIndex++;
                List<PlanItem> actionItems = new ArrayList<>();
                for (int a = 1; a <= perObjective && made < actions; a++) {
                    made++;
                    actionItems.add(action(v, g, a, made));
                }
                objectiveItems.add(new PlanItem("obj-" + v + "-" + g, 1, v + "." + g,
                        "Objectif " + v + "." + g + " : renforcer la concertation régionale sur le thème " + objectiveIndex,
                        "Description de l'objectif " + v + "." + g + ", telle que le plan l'écrit.", null, actionItems));
            }
            roots.add(new PlanItem("vol-" + v, 0, Integer.toString(v), "Volet " + v + " : vie associative et représentation",
                    null, null, objectiveItems));
        }
        return new PlanDocument(PlanDocument.FORMAT_VERSION, "Plan d'action généré " + actions + " actions 2024-2025",
                "Regroupement de démonstration", Period.of("2024-2025"),
                List.of(new Statement(StatementKind.MISSION, "Mission",
                        List.of("Soutenir les organismes communautaires membres et porter leur voix."))),
                null,
                List.of(new LevelDefinition("Volet", NumberingStyle.DECIMAL),
                        new LevelDefinition("Objectif", NumberingStyle.DECIMAL),
                        new LevelDefinition("Action", NumberingStyle.DECIMAL)),
                roots, organizations, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static PlanItem action(int v, int g, int a, int n) {
        ActionDetails details = new ActionDetails(
                List.of("org-" + (n % 40 + 1)),
                List.of(n % 2 == 0 ? "Coordonnatrice" : "Chargée de projet"),
                List.of("org-" + ((n + 7) % 40 + 1), "org-" + ((n + 13) % 40 + 1)),
                List.of("Comité de coordination", "Secrétaire"),
                List.of("Les membres connaissent les enjeux de l'action " + n + ".",
                        "Une position commune est adoptée."),
                List.of("Nombre d'organismes rejoints", "Nombre de rencontres tenues"),
                Schedules.parse(SCHEDULES[n % SCHEDULES.length]),
                List.of(new Step("Préparer la rencontre", "RH"), new Step("Diffuser les bons coups", "Chantier"),
                        new Step("Faire le bilan", "Comité")),
                n % 3 == 0 ? List.of("Pas d'argent demandé") : List.of(),
                List.of(), List.of(), n % 10 == 0);
        return new PlanItem("act-" + n, 2, v + "." + g + "." + a,
                "Que le regroupement mène l'action numéro " + n + " auprès des organismes membres et partenaires",
                null, details, List.of());
    }

    /**
     * The next version of a generated plan as a drafting committee makes it: {@code changes} action
     * titles reworded, as many schedules changed, one action added to each of the first
     * {@code changes} objectives, the last action of each of the last {@code changes} objectives
     * removed, and the first two orientations swapped.
     */
    public static PlanDocument revised(PlanDocument plan, int changes) {
        List<PlanItem> roots = new ArrayList<>();
        int[] counter = {0};
        int objectiveCount = plan.items().stream().mapToInt(o -> o.children().size()).sum();
        int objectiveIndex = 0;
        for (PlanItem orientation : plan.items()) {
            List<PlanItem> objectives = new ArrayList<>();
            for (PlanItem objective : orientation.children()) {
                objectiveIndex++;
                List<PlanItem> actions = new ArrayList<>();
                for (PlanItem action : objective.children()) {
                    counter[0]++;
                    if (counter[0] % 50 == 1 && counter[0] / 50 < changes) {
                        action = new PlanItem(action.key(), action.level(), action.number(),
                                action.title() + " (révisé)", action.description(),
                                action.action().withSchedule(Schedules.parse("Hiver 2026")), action.children());
                    }
                    actions.add(action);
                }
                if (objectiveIndex <= changes) {
                    actions.add(new PlanItem("new-" + objectiveIndex, 2, objective.number() + ".99",
                            "Que le regroupement ajoute une action proposée en rencontre", null,
                            ActionDetails.of(List.of("Coordonnatrice"), Schedules.parse("Printemps 2026")), List.of()));
                }
                if (objectiveIndex > objectiveCount - changes && actions.size() > 1) {
                    actions.remove(actions.size() - 1);
                }
                objectives.add(objective.withChildren(actions));
            }
            roots.add(orientation.withChildren(objectives));
        }
        if (roots.size() > 1) {
            PlanItem first = roots.remove(0);
            roots.add(1, first);
        }
        return plan.withItems(roots);
    }

    /** Counts the actions of a plan. */
    public static long actions(PlanDocument plan) {
        return plan.allItems().stream().filter(i -> i.action() != null).count();
    }
}
