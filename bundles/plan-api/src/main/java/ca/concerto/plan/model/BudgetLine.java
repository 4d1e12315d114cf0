package ca.concerto.plan.model;

import java.math.BigDecimal;

/** A cost line of a project budget, in Canadian dollars: "Ressources humaines 80 000 $". */
public record BudgetLine(String label, BigDecimal amount) {
    public BudgetLine {
        label = Texts.required(label, "budget.label");
        if (amount == null) {
            throw new IllegalArgumentException("budget.amount est obligatoire");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("un montant ne peut pas être négatif : " + amount);
        }
    }
}
