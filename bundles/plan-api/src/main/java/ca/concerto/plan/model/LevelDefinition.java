package ca.concerto.plan.model;

/**
 * One level of a plan's hierarchy, named as the regroupement names it ("Volet", "Orientation",
 * "Axe", "Section", "Objectif général", "Objectif spécifique", "Action", "Moyen", "Proposition").
 * Items refer to it by its index in {@link PlanDocument#levels()}.
 */
public record LevelDefinition(String name, NumberingStyle numbering) {
    public LevelDefinition {
        name = Texts.required(name, "level.name");
        if (numbering == null) {
            numbering = NumberingStyle.NONE;
        }
    }
}
