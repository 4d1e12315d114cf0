package ca.concerto.plan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A whole plan d'action as one immutable document.
 *
 * <p>The constructor checks each part and the whole ({@link PlanChecks}): unique keys, known
 * level indices, known organization/committee/audience references, budget totals. A document
 * that exists is valid.
 *
 * @param formatVersion      interchange format version, {@value #FORMAT_VERSION}
 * @param title              the plan's title as written
 * @param regroupement       the regroupement that issues it, null if the text does not say
 * @param period             its period
 * @param statements         mission, priorities, preamble, overview
 * @param adoption           the adoption statement of the plan, null if none
 * @param levels             the hierarchy's level names, outermost first
 * @param items              root items
 * @param organizations      organizations referenced
 * @param committees         committees
 * @param meetings           meetings
 * @param communicationPlans annexed communication plans
 * @param projects           annexed projects
 * @param notes              free notes (text the plan carries outside any structure)
 */
public record PlanDocument(String formatVersion, String title, String regroupement, Period period,
                           List<Statement> statements, Adoption adoption, List<LevelDefinition> levels,
                           List<PlanItem> items, List<Organization> organizations, List<Committee> committees,
                           List<Meeting> meetings, List<CommunicationPlan> communicationPlans,
                           List<Project> projects, List<String> notes) {

    public static final String FORMAT_VERSION = "1.0";

    public PlanDocument {
        if (formatVersion == null || formatVersion.isBlank()) {
            formatVersion = FORMAT_VERSION;
        }
        title = Texts.required(title, "title");
        regroupement = Texts.optional(regroupement);
        if (period == null) {
            throw new IllegalArgumentException("period est obligatoire");
        }
        statements = Texts.list(statements, "statements");
        levels = Texts.list(levels, "levels");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("levels : au moins un niveau");
        }
        items = Texts.list(items, "items");
        organizations = Texts.list(organizations, "organizations");
        committees = Texts.list(committees, "committees");
        meetings = Texts.list(meetings, "meetings");
        communicationPlans = Texts.list(communicationPlans, "communicationPlans");
        projects = Texts.list(projects, "projects");
        notes = Texts.texts(notes, "notes");
        List<PlanChecks.Violation> violations = PlanChecks.check(levels, items, organizations, committees,
                meetings, communicationPlans, projects);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.getFirst().path() + " : " + violations.getFirst().message()
                    + (violations.size() > 1 ? " (+" + (violations.size() - 1) + " autres)" : ""));
        }
    }

    /** All items, depth first, in the plan's order. */
    public List<PlanItem> allItems() {
        List<PlanItem> all = new ArrayList<>();
        Consumer<PlanItem>[] walk = new Consumer[1];
        walk[0] = item -> {
            all.add(item);
            item.children().forEach(walk[0]);
        };
        items.forEach(walk[0]);
        return all;
    }

    public PlanDocument withItems(List<PlanItem> newItems) {
        return new PlanDocument(formatVersion, title, regroupement, period, statements, adoption, levels,
                newItems, organizations, committees, meetings, communicationPlans, projects, notes);
    }

    public PlanDocument withOrganizations(List<Organization> newOrganizations) {
        return new PlanDocument(formatVersion, title, regroupement, period, statements, adoption, levels,
                items, newOrganizations, committees, meetings, communicationPlans, projects, notes);
    }

    public PlanDocument withCommittees(List<Committee> newCommittees) {
        return new PlanDocument(formatVersion, title, regroupement, period, statements, adoption, levels,
                items, organizations, newCommittees, meetings, communicationPlans, projects, notes);
    }

    public PlanDocument withTitle(String newTitle) {
        return new PlanDocument(formatVersion, newTitle, regroupement, period, statements, adoption, levels,
                items, organizations, committees, meetings, communicationPlans, projects, notes);
    }
}
