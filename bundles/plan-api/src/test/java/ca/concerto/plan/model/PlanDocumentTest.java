package ca.concerto.plan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDocumentTest {

    static final List<LevelDefinition> LEVELS = List.of(new LevelDefinition("Volet", NumberingStyle.DECIMAL),
            new LevelDefinition("Proposition", NumberingStyle.DECIMAL));

    static PlanDocument doc(List<PlanItem> items, List<Organization> orgs, List<Project> projects) {
        return new PlanDocument(null, "Plan", null, Period.of("2023-2024"), null, null, LEVELS, items, orgs,
                null, null, null, projects, null);
    }

    @Test
    void validDocumentAndCopies() {
        List<PlanItem> children = new ArrayList<>();
        children.add(new PlanItem("p1-1", 1, "1.1", "Que la TROC...", null, null, null));
        PlanDocument d = doc(List.of(new PlanItem("v1", 0, "1", "FINANCEMENT", null, null, children)), null, null);
        children.clear();
        assertEquals(1, d.items().getFirst().children().size(), "lists are copied");
        assertEquals(2, d.allItems().size());
        assertEquals("1.0", d.formatVersion());
    }

    @Test
    void rejectsDuplicateKeysUnknownLevelsAndReferences() {
        ActionDetails a = new ActionDetails(List.of("nope"), null, null, null, null, null, null, null, null, null,
                null, false);
        PlanItem bad = new PlanItem("v1", 5, null, "x", null, a, null);
        List<PlanChecks.Violation> v = PlanChecks.check(LEVELS,
                List.of(new PlanItem("v1", 0, null, "a", null, null, null), bad), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertEquals(3, v.size(), v.toString());
        assertEquals("$.items[1].key", v.get(0).path());
        assertEquals("$.items[1].level", v.get(1).path());
        assertEquals("$.items[1].action.responsibleOrganizations[0]", v.get(2).path());
        assertThrows(IllegalArgumentException.class, () -> doc(List.of(bad), null, null));
    }

    @Test
    void budgetMustAddUpAndBeNonNegative() {
        assertThrows(IllegalArgumentException.class, () -> new BudgetLine("x", new BigDecimal("-1")));
        Project p = new Project("p", null, "P", null, null, null, null, null,
                List.of(new BudgetLine("a", new BigDecimal("80000")), new BudgetLine("b", new BigDecimal("2000.00"))),
                new BigDecimal("82000"), null);
        doc(List.of(), null, List.of(p));
        Project wrong = new Project("p", null, "P", null, null, null, null, null,
                List.of(new BudgetLine("a", new BigDecimal("80000"))), new BigDecimal("1"), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> doc(List.of(), null, List.of(wrong)));
        assertTrue(e.getMessage().contains("$.projects[0].budgetTotal"), e.getMessage());
    }

    @Test
    void childLevelMustBeDeeper() {
        PlanItem child = new PlanItem("c", 0, null, "c", null, null, null);
        assertThrows(IllegalArgumentException.class,
                () -> doc(List.of(new PlanItem("p", 0, null, "p", null, null, List.of(child))), null, null));
    }
}
