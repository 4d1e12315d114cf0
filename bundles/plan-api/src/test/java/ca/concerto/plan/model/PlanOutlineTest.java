package ca.concerto.plan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ca.concerto.plan.model.PlanOutline.Move;

class PlanOutlineTest {

    private static final List<LevelDefinition> DECIMAL3 = List.of(
            new LevelDefinition("Objectif général", NumberingStyle.DECIMAL),
            new LevelDefinition("Objectif spécifique", NumberingStyle.DECIMAL),
            new LevelDefinition("Action", NumberingStyle.DECIMAL));

    private static PlanItem item(String key, int level, PlanItem... children) {
        return new PlanItem(key, level, null, "Titre " + key, null, null, List.of(children));
    }

    /** 1 (a: 1.1 (a1: 1.1.1, a2: 1.1.2), b: 1.2), 2 (c: 2.1) */
    private static PlanDocument plan(List<LevelDefinition> levels) {
        return new PlanDocument(null, "Plan", null, Period.of("2024-2025"), null, null, levels,
                List.of(item("g1", 0, item("a", 1, item("a1", 2), item("a2", 2)), item("b", 1)),
                        item("g2", 0, item("c", 1))),
                null, null, null, null, null, null);
    }

    /** "key=number" of every item, depth first, with its level: "a1@2=1.1.1". */
    private static String outline(PlanDocument document) {
        return document.allItems().stream()
                .map(i -> i.key() + "@" + i.level() + "=" + i.number())
                .collect(Collectors.joining(" "));
    }

    @Test
    void numbersFollowEachLevelsStyle() {
        assertEquals("g1@0=1 a@1=1.1 a1@2=1.1.1 a2@2=1.1.2 b@1=1.2 g2@0=2 c@1=2.1",
                outline(PlanOutline.renumber(plan(DECIMAL3))));
        List<LevelDefinition> rop = List.of(new LevelDefinition("Section", NumberingStyle.LETTER),
                new LevelDefinition("Dossier", NumberingStyle.BULLET),
                new LevelDefinition("Élément", NumberingStyle.DECIMAL));
        PlanDocument lettered = PlanOutline.renumber(plan(rop));
        assertEquals("g1@0=A a@1=null a1@2=1 a2@2=2 b@1=null g2@0=B c@1=null", outline(lettered),
                "a decimal under an unnumbered parent starts again at 1");
        assertEquals("AA", PlanOutline.numbers(new PlanDocument(null, "P", null, Period.of("2024"), null, null, rop,
                java.util.stream.IntStream.rangeClosed(1, 27).mapToObj(n -> item("s" + n, 0)).toList(),
                null, null, null, null, null, null)).get("s27"));
    }

    @Test
    void insertTakesTheLevelBelowItsParentAndRenumbers() {
        PlanItem fresh = new PlanItem("new", 0, "99", "Nouvelle action", null, null, List.of());
        PlanDocument first = PlanOutline.insert(plan(DECIMAL3), "a", 0, fresh);
        assertEquals("g1@0=1 a@1=1.1 new@2=1.1.1 a1@2=1.1.2 a2@2=1.1.3 b@1=1.2 g2@0=2 c@1=2.1", outline(first));
        PlanDocument top = PlanOutline.insert(plan(DECIMAL3), null, 2, fresh);
        assertEquals("new@0=3", outline(top).substring(outline(top).lastIndexOf("new@")));
        assertEquals(-1, PlanOutline.levelUnder(plan(DECIMAL3), "a1"));
        assertThrows(IllegalArgumentException.class, () -> PlanOutline.insert(plan(DECIMAL3), "a1", 0, fresh),
                "no level below an action");
        assertThrows(IllegalArgumentException.class, () -> PlanOutline.insert(plan(DECIMAL3), "a", 3, fresh));
        assertThrows(IllegalArgumentException.class, () -> PlanOutline.insert(first, "b", 0, fresh),
                "a key already used");
        assertThrows(IllegalArgumentException.class, () -> PlanOutline.insert(plan(DECIMAL3), "nope", 0, fresh));
    }

    @Test
    void removeTakesTheSubItemsAlong() {
        PlanDocument removed = PlanOutline.remove(plan(DECIMAL3), "a");
        assertEquals("g1@0=1 b@1=1.1 g2@0=2 c@1=2.1", outline(removed));
        assertThrows(IllegalArgumentException.class, () -> PlanOutline.remove(removed, "a1"));
    }

    @Test
    void upAndDownSwapWithTheNeighbour() {
        PlanDocument d = plan(DECIMAL3);
        assertFalse(PlanOutline.canMove(d, "g1", Move.UP));
        assertFalse(PlanOutline.canMove(d, "g2", Move.DOWN));
        assertThrows(IllegalArgumentException.class, () -> PlanOutline.move(d, "a", Move.UP));
        assertEquals("g1@0=1 a@1=1.1 a2@2=1.1.1 a1@2=1.1.2 b@1=1.2 g2@0=2 c@1=2.1",
                outline(PlanOutline.move(d, "a2", Move.UP)));
        assertEquals("g2@0=1 c@1=1.1 g1@0=2 a@1=2.1 a1@2=2.1.1 a2@2=2.1.2 b@1=2.2",
                outline(PlanOutline.move(d, "g1", Move.DOWN)), "sub-items come along, renumbered");
    }

    @Test
    void indentGoesIntoThePreviousSiblingWhenTheTemplateHasTheDepth() {
        PlanDocument d = plan(DECIMAL3);
        assertTrue(PlanOutline.canMove(d, "b", Move.INDENT));
        assertEquals("g1@0=1 a@1=1.1 a1@2=1.1.1 a2@2=1.1.2 b@2=1.1.3 g2@0=2 c@1=2.1",
                outline(PlanOutline.move(d, "b", Move.INDENT)));
        assertFalse(PlanOutline.canMove(d, "a", Move.INDENT), "first among its siblings");
        assertEquals("g1@0=1 a@1=1.1 a1@2=1.1.1 a2@2=1.1.2 b@1=1.2 g2@1=1.3 c@2=1.3.1",
                outline(PlanOutline.move(d, "g2", Move.INDENT)), "its sub-items go one level deeper too");
        assertFalse(PlanOutline.canMove(PlanOutline.move(d, "a", Move.DOWN), "a", Move.INDENT),
                "its sub-items would fall below the last level");
        assertFalse(PlanOutline.canMove(d, "a2", Move.INDENT), "an action has no level below it");
    }

    @Test
    void outdentPlacesTheItemRightAfterItsParent() {
        PlanDocument d = plan(DECIMAL3);
        assertFalse(PlanOutline.canMove(d, "g1", Move.OUTDENT));
        assertEquals("g1@0=1 a@1=1.1 a2@2=1.1.1 a1@1=1.2 b@1=1.3 g2@0=2 c@1=2.1",
                outline(PlanOutline.move(d, "a1", Move.OUTDENT)));
        assertEquals("g1@0=1 b@1=1.1 a@0=2 a1@1=2.1 a2@1=2.2 g2@0=3 c@1=3.1",
                outline(PlanOutline.move(d, "a", Move.OUTDENT)), "its sub-items rise with it");
        assertNull(PlanOutline.parentKey(d, "g2"));
        assertEquals("a", PlanOutline.parentKey(d, "a2"));
    }
}
