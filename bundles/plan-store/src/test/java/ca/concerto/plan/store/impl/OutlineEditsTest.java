package ca.concerto.plan.store.impl;

import static ca.concerto.plan.store.impl.PlanDocumentServiceTest.INTERCHANGE;
import static ca.concerto.plan.store.impl.PlanDocumentServiceTest.ROP;
import static ca.concerto.plan.store.impl.PlanDocumentServiceTest.TROC;
import static ca.concerto.plan.store.impl.PlanDocumentServiceTest.realPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.interchange.PlanDiff;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.PlanOutline;
import ca.concerto.plan.model.PlanOutline.Move;

/** The editor's structural edits through the store: add, remove, move, indent, outdent. */
class OutlineEditsTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void structuralEditsAreStoredAsTheOutlineComputesThem(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanDocument original = realPlan("cds-mauricie-2009-2010");
            long id = f.documents.importDocument(TROC, original, "animatrice").id();
            PlanItem objective = original.items().getFirst().children().getFirst(); // 1.1, with actions 1.1.x
            int actions = objective.children().size();

            String added = f.documents.addItem(TROC, id, objective.key(), 0, "  Tenir un lac-à-l'épaule  ", "coordo");
            PlanDocument afterAdd = f.documents.document(TROC, id).orElseThrow();
            PlanItem stored = PlanOutline.find(afterAdd, added);
            assertEquals("Tenir un lac-à-l'épaule", stored.title());
            assertEquals(objective.level() + 1, stored.level());
            assertEquals(objective.number() + ".1", stored.number(), "numbered by the template");
            assertEquals(objective.number() + "." + (actions + 1),
                    PlanOutline.find(afterAdd, objective.children().getLast().key()).number(), "the others follow");
            assertEquals(PlanOutline.insert(original, objective.key(), 0,
                    new PlanItem(added, 0, null, "Tenir un lac-à-l'épaule", null, null, List.of())), afterAdd);

            f.documents.moveItem(TROC, id, added, Move.DOWN, "coordo");
            f.documents.moveItem(TROC, id, added, Move.OUTDENT, "coordo");
            PlanDocument expected = PlanOutline.move(PlanOutline.move(afterAdd, added, Move.DOWN), added, Move.OUTDENT);
            assertEquals(expected, f.documents.document(TROC, id).orElseThrow());
            f.documents.moveItem(TROC, id, added, Move.INDENT, "coordo");
            expected = PlanOutline.move(expected, added, Move.INDENT);
            assertEquals(expected, f.documents.document(TROC, id).orElseThrow());
            assertEquals(objective.key(), PlanOutline.parentKey(expected, added), "back into 1.1, as its last action");

            f.documents.removeItem(TROC, id, objective.key(), "coordo");
            PlanDocument afterRemove = f.documents.document(TROC, id).orElseThrow();
            assertEquals(PlanOutline.remove(expected, objective.key()), afterRemove);
            assertEquals(original.allItems().size() - 1 - actions, afterRemove.allItems().size(),
                    "its actions, the added one among them, went with it");
            assertEquals(afterRemove.allItems().size(), f.documents.itemRevisions(TROC, id).size(), "their rows too");

            // the version of the edited plan differs from the import, which stays as it was
            f.documents.recordVersion(TROC, id, "coordo", "Après le comité");
            PlanDiff diff = INTERCHANGE.diff(f.documents.versionDocument(TROC, id, 1).orElseThrow(),
                    f.documents.versionDocument(TROC, id, 2).orElseThrow());
            assertEquals(1 + actions, diff.removed().size(), diff.toString());
            assertEquals(original, f.documents.versionDocument(TROC, id, 1).orElseThrow());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anItemThatOnlyChangesPlaceKeepsItsRevision(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            // the ROP's dossiers are bullets: moving one changes no number
            PlanDocument original = realPlan("rop-mauricie-2021-2022");
            long id = f.documents.importDocument(TROC, original, "animatrice").id();
            PlanItem section = original.items().getFirst();
            PlanItem first = section.children().get(0);
            PlanItem second = section.children().get(1);
            Map<String, Long> before = f.documents.itemRevisions(TROC, id);

            f.documents.moveItem(TROC, id, second.key(), Move.UP, "coordo");
            assertEquals(List.of(second.key(), first.key()), PlanOutline.find(f.documents.document(TROC, id)
                    .orElseThrow(), section.key()).children().subList(0, 2).stream().map(PlanItem::key).toList());
            assertEquals(before, f.documents.itemRevisions(TROC, id), "place is not content: an open edit still applies");
            long revision = before.get(first.key());
            f.documents.updateItem(TROC, id, first.key(), revision, first.withChildren(List.of()).withTitle("Site web"),
                    "anne");

            // a lettered section moving down changes its letter: that is a change of its fields
            f.documents.moveItem(TROC, id, section.key(), Move.DOWN, "coordo");
            assertEquals("B", PlanOutline.find(f.documents.document(TROC, id).orElseThrow(), section.key()).number());
            assertEquals(before.get(section.key()) + 1, f.documents.itemRevisions(TROC, id).get(section.key()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void whatCannotBeDoneIsRefusedAndNothingIsWritten(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanDocument original = realPlan("cds-mauricie-2009-2010");
            long id = f.documents.importDocument(TROC, original, "animatrice").id();
            PlanItem firstGoal = original.items().getFirst();
            PlanItem action = firstGoal.children().getFirst().children().getFirst();
            long planRevision = f.plans.findPlan(TROC, id).orElseThrow().revision();

            assertThrows(IllegalArgumentException.class, () -> f.documents.moveItem(TROC, id, firstGoal.key(), Move.UP, "c"));
            assertThrows(IllegalArgumentException.class,
                    () -> f.documents.moveItem(TROC, id, firstGoal.key(), Move.OUTDENT, "c"));
            assertThrows(IllegalArgumentException.class, () -> f.documents.addItem(TROC, id, action.key(), 0, "x", "c"),
                    "an action has no level below it");
            assertThrows(IllegalArgumentException.class, () -> f.documents.addItem(TROC, id, null, 99, "x", "c"));
            assertThrows(IllegalArgumentException.class, () -> f.documents.addItem(TROC, id, null, 0, " ", "c"));
            assertThrows(IllegalArgumentException.class, () -> f.documents.removeItem(TROC, id, "inconnu", "c"));
            assertThrows(IllegalArgumentException.class, () -> f.documents.removeItem(TROC, id, action.key(), " "));
            assertThrows(PlanNotFoundException.class, () -> f.documents.removeItem(ROP, id, action.key(), "intrus"));
            assertThrows(PlanNotFoundException.class, () -> f.documents.addItem(ROP, id, null, 0, "Intrus", "intrus"));
            assertThrows(PlanNotFoundException.class,
                    () -> f.documents.moveItem(ROP, id, action.key(), Move.DOWN, "intrus"));
            assertEquals(original, f.documents.document(TROC, id).orElseThrow());
            assertEquals(planRevision, f.plans.findPlan(TROC, id).orElseThrow().revision());

            // while the body decides, the plan is frozen
            f.plans.markSubmitted(TROC, id);
            assertThrows(InvalidPlanStateException.class, () -> f.documents.addItem(TROC, id, null, 0, "Ajout", "c"));
            assertThrows(InvalidPlanStateException.class,
                    () -> f.documents.moveItem(TROC, id, action.key(), Move.DOWN, "c"));
            assertEquals(PlanStatus.SUBMITTED, f.plans.findPlan(TROC, id).orElseThrow().status());
            assertEquals(original, f.documents.document(TROC, id).orElseThrow());
            assertNotEquals(0, f.documents.versions(TROC, id).size());
            assertTrue(f.documents.itemRevisions(TROC, id).keySet().contains(action.key()));
        }
    }
}
