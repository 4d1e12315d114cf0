package ca.concerto.plan.interchange;

import static ca.concerto.plan.interchange.Plans.INTERCHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.concerto.plan.model.ActionDetails;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.Schedule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffTest {

    static PlanDocument troc() throws Exception {
        return INTERCHANGE.read(Plans.plan("troc-monteregie-2023-2024"));
    }

    static PlanItem volet(PlanDocument d, int i) {
        return d.items().get(i);
    }

    static PlanDocument replaceVolet(PlanDocument d, int i, PlanItem v) {
        List<PlanItem> items = new ArrayList<>(d.items());
        items.set(i, v);
        return d.withItems(items);
    }

    @Test
    void sameDocumentNoDiff() throws Exception {
        assertTrue(INTERCHANGE.diff(troc(), troc()).isEmpty());
    }

    @Test
    void addedAndRemoved() throws Exception {
        PlanDocument old = troc();
        PlanItem v1 = volet(old, 0);
        List<PlanItem> children = new ArrayList<>(v1.children());
        PlanItem removed = children.remove(2); // 1.3
        children.add(new PlanItem("p1.7", 1, "1.7", "Que la TROC Montérégie organise un colloque.", null, null, null));
        PlanDocument newer = replaceVolet(old, 0, v1.withChildren(children));
        PlanDiff diff = INTERCHANGE.diff(old, newer);
        assertEquals(1, diff.added().size());
        assertEquals("p1.7", diff.added().getFirst().key());
        assertEquals("v1", diff.added().getFirst().parentKey());
        assertEquals(5, diff.added().getFirst().position());
        assertEquals(1, diff.removed().size());
        assertEquals(removed.key(), diff.removed().getFirst().key());
        assertEquals(2, diff.removed().getFirst().position());
        assertTrue(diff.moved().isEmpty(), "siblings that only shifted are not moved: " + diff.moved());
        assertTrue(diff.changed().isEmpty());
        assertTrue(diff.documentChanges().isEmpty());
    }

    @Test
    void movedToAnotherParentAndReordered() throws Exception {
        PlanDocument old = troc();
        List<PlanItem> v1 = new ArrayList<>(volet(old, 0).children());
        List<PlanItem> v2 = new ArrayList<>(volet(old, 1).children());
        PlanItem p16 = v1.remove(5);
        v2.add(0, p16);
        PlanItem first = v1.remove(0);
        v1.add(first); // 1.1 now last in volet 1
        PlanDocument newer = replaceVolet(replaceVolet(old, 0, volet(old, 0).withChildren(v1)), 1,
                volet(old, 1).withChildren(v2));
        PlanDiff diff = INTERCHANGE.diff(old, newer);
        assertEquals(List.of("p1.1", "p1.6"), diff.moved().stream().map(PlanDiff.ItemMoved::key).sorted().toList());
        PlanDiff.ItemMoved m = diff.moved().stream().filter(x -> x.key().equals("p1.6")).findFirst().orElseThrow();
        assertEquals("v1", m.oldParentKey());
        assertEquals("v2", m.newParentKey());
        assertEquals(5, m.oldPosition());
        assertEquals(0, m.newPosition());
        assertTrue(diff.added().isEmpty() && diff.removed().isEmpty() && diff.changed().isEmpty());
    }

    @Test
    void changedFieldsAreNamedWithOldAndNewValues() throws Exception {
        PlanDocument old = troc().withTitle("Plan d'action TROC Montérégie 2023-2024");
        PlanItem p12 = volet(old, 0).children().get(1);
        PlanItem changed = new PlanItem(p12.key(), p12.level(), "1.2 bis", p12.title() + " Nouveau.", null,
                ActionDetails.of(List.of("Coordonnatrice"), Schedule.of("Automne 2023")), p12.children());
        List<PlanItem> v1 = new ArrayList<>(volet(old, 0).children());
        v1.set(1, changed);
        PlanDocument newer = replaceVolet(old, 0, volet(old, 0).withChildren(v1)).withTitle("Plan 2023-2024 (révisé)");
        PlanDiff diff = INTERCHANGE.diff(old, newer);
        assertEquals(1, diff.changed().size());
        PlanDiff.ItemChanged c = diff.changed().getFirst();
        assertEquals("p1.2", c.key());
        assertEquals(List.of("number", "title", "action", "action.resources", "action.schedule"), c.fieldNames());
        assertEquals("1.2", c.changes().getFirst().oldValue());
        assertEquals("1.2 bis", c.changes().getFirst().newValue());
        assertEquals(null, c.changes().get(4).oldValue());
        assertTrue(c.changes().get(4).newValue().contains("\"2023-10-01\""), c.changes().get(4).newValue());
        assertEquals(1, diff.documentChanges().size());
        assertEquals("title", diff.documentChanges().getFirst().field());
        assertEquals("Plan 2023-2024 (révisé)", diff.documentChanges().getFirst().newValue());
    }
}
