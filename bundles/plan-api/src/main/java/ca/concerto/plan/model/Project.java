package ca.concerto.plan.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project annexed to the plan.
 *
 * @param key           identifier in the document
 * @param annex         "Annexe D", null if none
 * @param name          its name
 * @param sections      its text (mise en contexte, volets, constats, objectifs...)
 * @param committeeKey  the committee that carries it, null if none
 * @param timelineTitle "Échéancier sur 24 mois", null if none
 * @param timeline      its échéancier lines
 * @param budgetTitle   "Coûts estimé sur 24 mois", null if none
 * @param budget        cost lines (CAD)
 * @param budgetTotal   the total the plan states; must equal the sum of the lines when both exist
 * @param funders       possible funders
 */
public record Project(String key, String annex, String name, List<TextBlock> sections, String committeeKey,
                      String timelineTitle, List<TimelineEntry> timeline, String budgetTitle,
                      List<BudgetLine> budget, BigDecimal budgetTotal, List<FunderRef> funders) {
    public Project {
        key = Texts.required(key, "project.key");
        if (!PlanItem.KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("clé invalide : " + key);
        }
        annex = Texts.optional(annex);
        name = Texts.required(name, "project.name");
        sections = Texts.list(sections, "sections");
        committeeKey = Texts.optional(committeeKey);
        timelineTitle = Texts.optional(timelineTitle);
        timeline = Texts.list(timeline, "timeline");
        budgetTitle = Texts.optional(budgetTitle);
        budget = Texts.list(budget, "budget");
        if (budgetTotal != null && budgetTotal.signum() < 0) {
            throw new IllegalArgumentException("le total ne peut pas être négatif");
        }
        funders = Texts.list(funders, "funders");
    }

    /** Sum of the budget lines. */
    public BigDecimal budgetSum() {
        return budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
