package ca.concerto.ui.cycle.impl;

import static ca.concerto.ui.cycle.impl.Find.has;
import static ca.concerto.ui.cycle.impl.Find.items;
import static ca.concerto.ui.cycle.impl.Find.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import ca.concerto.plan.api.Plan;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.ui.cycle.impl.Fakes.FakeDocuments;
import ca.concerto.ui.cycle.impl.Fakes.FakePlanService;
import ca.concerto.ui.cycle.impl.Fakes.Recorder;
import ca.concerto.ui.cycle.impl.VersionsView.Row;
import ca.concerto.ui.cycle.impl.VersionsView.RowChange;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plan's version history and the comparison of two versions, built outside a running UI. */
class VersionsViewTest {

    private static final String FINGERPRINT_1 = "1".repeat(64);
    private static final String FINGERPRINT_2 = "0123456789abcdef".repeat(4);

    private FakePlanService plans;
    private FakeDocuments documents;
    private Plan plan;

    @BeforeEach
    void setUp() {
        plans = new FakePlanService();
        documents = new FakeDocuments();
        plan = plans.add(Fakes.REGROUPEMENT, "Plan d'action TROC Montérégie 2025-2026", "2025-2026");
    }

    private VersionsView view(String language) {
        VersionsView view = new VersionsView(plans, documents, new PlanInterchangeImpl(),
                new Recorder().context(Fakes.facilitator(language)));
        view.show(plan.id());
        return view;
    }

    /** Version 2 renames a1, drops a2 and adds a3 after a1. */
    private void twoVersions() {
        documents.version(plan.id(), Fakes.document(plan.title(), "Tournée des membres"), FINGERPRINT_1);
        documents.version(plan.id(), Fakes.revisedDocument(plan.title()), FINGERPRINT_2);
    }

    @Test
    void comparesTheLastTwoVersionsSideBySideSayingHowEachItemChanged() {
        twoVersions();
        VersionsView view = view("fr");

        assertEquals("Versions du plan «\u00a0Plan d'action TROC Montérégie 2025-2026\u00a0»", text(view, "versions-heading"));
        assertEquals("Changements de la version 1 à la version 2\u00a0:", text(view, "versions-summary"));
        assertEquals(List.of("1.1.2 Colloque régional"), items(view, "versions-diff-added"));
        assertEquals(List.of("1.1.2 Souligner le 30e anniversaire"), items(view, "versions-diff-removed"));

        assertEquals("1.1.1 Tournée des membres1.1.1 Tournée régionale des membresModifié\u00a0: titre",
                text(view, "versions-row-a1"));
        assertEquals("1.1.2 Souligner le 30e anniversaire(absent)Retiré", text(view, "versions-row-a2"));
        assertEquals("(absent)1.1.2 Colloque régionalAjouté", text(view, "versions-row-a3"));
        assertEquals("1.1 Vie associative1.1 Vie associativeAucun", text(view, "versions-row-o1"));
        String table = text(view, "versions-side-by-side");
        assertTrue(table.startsWith("Versions 1 et 2, côte à côte"), table);
        assertTrue(table.contains("Version 2 (empreinte 0123456789ab…)"), table);
    }

    @Test
    void rowsFollowTheNewerVersionWithEachRemovedItemWhereItWas() {
        twoVersions();
        PlanDocument older = documents.versionDocuments.get(plan.id()).get(0);
        PlanDocument newer = documents.versionDocuments.get(plan.id()).get(1);

        List<Row> rows = VersionsView.rows(older, newer, new PlanInterchangeImpl().diff(older, newer));

        assertEquals(List.of("or1", "o1", "a1", "a2", "a3"), rows.stream().map(Row::key).toList());
        assertEquals(List.of(RowChange.SAME, RowChange.SAME, RowChange.CHANGED, RowChange.REMOVED, RowChange.ADDED),
                rows.stream().map(Row::change).toList());
        assertEquals(List.of("title"), rows.get(2).fields());
    }

    @Test
    void choosingTheSameVersionTwiceAsksForTwoAndTheOrderChosenDoesNotMatter() {
        twoVersions();
        VersionsView view = view("en");
        view.left().setValue(view.right().getValue());
        view.compare();
        assertEquals("Choose two different versions to compare.", text(view, "versions-choose-two"));

        view.left().setValue(documents.versions.get(plan.id()).get(1));
        view.right().setValue(documents.versions.get(plan.id()).get(0));
        view.compare();
        assertEquals("Changes from version 1 to version 2:", text(view, "versions-summary"));
    }

    @Test
    void aPlanWithOneVersionOrNoneSaysThereIsNothingToCompare() {
        assertEquals("Ce plan n'a encore aucune version enregistrée.", text(view("fr"), "versions-none"));
        documents.version(plan.id(), Fakes.document(plan.title(), "Tournée des membres"), FINGERPRINT_1);
        VersionsView one = view("fr");
        assertTrue(has(one, "versions-grid"));
        assertTrue(has(one, "versions-only-one"));
        assertFalse(has(one, "versions-compare"));

        VersionsView foreign = new VersionsView(plans, documents, new PlanInterchangeImpl(),
                new Recorder().context(Fakes.facilitator("fr")));
        foreign.show(plans.add("rop-mauricie", "Autre", "2025-2026").id());
        assertEquals("Plan introuvable", text(foreign, "versions-not-found"));
    }
}
