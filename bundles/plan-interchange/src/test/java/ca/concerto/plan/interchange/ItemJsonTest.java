package ca.concerto.plan.interchange;

import static ca.concerto.plan.interchange.Plans.INTERCHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemJsonTest {

    @Test
    void everyItemOfTheRealPlansComesBackFromItsOwnCanonicalForm() throws Exception {
        for (String name : Plans.FILES) {
            PlanDocument d = INTERCHANGE.read(Plans.plan(name));
            String canonical = new String(INTERCHANGE.canonicalBytes(d), StandardCharsets.UTF_8);
            for (PlanItem item : d.allItems()) {
                String json = new String(INTERCHANGE.canonicalItemBytes(item), StandardCharsets.UTF_8);
                assertFalse(json.contains("\"children\""), json);
                PlanItem read = INTERCHANGE.readItem(json);
                assertEquals(item.withChildren(List.of()), read, name + " " + item.key());
                if (item.children().isEmpty()) {
                    // the same bytes as inside the document's canonical form
                    assertTrue(canonical.contains(json), name + " " + item.key());
                }
            }
        }
    }

    @Test
    void aBadItemReportsItsProblems() {
        InvalidPlanFileException e = assertThrows(InvalidPlanFileException.class,
                () -> INTERCHANGE.readItem("{\"key\":\"a b\",\"level\":-1,\"extra\":1}"));
        assertTrue(e.problems().size() >= 3, e.problems().toString());
        assertThrows(InvalidPlanFileException.class, () -> INTERCHANGE.readItem("{"));
        assertThrows(InvalidPlanFileException.class, () -> INTERCHANGE.readItem(null));
    }
}
