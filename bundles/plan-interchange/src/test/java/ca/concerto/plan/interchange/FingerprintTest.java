package ca.concerto.plan.interchange;

import static ca.concerto.plan.interchange.Plans.INTERCHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.concerto.plan.model.ActionDetails;
import ca.concerto.plan.model.BudgetLine;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.Project;
import ca.concerto.plan.model.Schedule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    static PlanDocument sample(String title, String actionTitle, String schedule, String amount) {
        PlanItem action = new PlanItem("a1", 1, "1.1", actionTitle, null,
                ActionDetails.of(List.of("Coordonnatrice"), Schedule.of(schedule)), null);
        Project p = new Project("p1", "Annexe D", "Projet", null, null, null, null, null,
                List.of(new BudgetLine("Ressources humaines", new BigDecimal(amount))), new BigDecimal(amount), null);
        return new PlanDocument("1.0", title, null, Period.of("2009-2010"), null, null,
                List.of(new LevelDefinition("Objectif", NumberingStyle.DECIMAL),
                        new LevelDefinition("Action", NumberingStyle.DECIMAL)),
                List.of(new PlanItem("o1", 0, "1", "Objectif", null, null, List.of(action))), null, null, null,
                null, List.of(p), null);
    }

    @Test
    void canonicalFormIsDocumented() {
        String c = new String(INTERCHANGE.canonicalBytes(sample("Plan é", "Action", "Mars 2009", "80000.00")),
                StandardCharsets.UTF_8);
        assertEquals("{\"formatVersion\":\"1.0\",\"items\":[{\"children\":[{\"action\":{\"resources\":[\"Coordonnatrice\"],"
                + "\"schedule\":{\"kind\":\"MONTH\",\"range\":{\"end\":\"2009-03-31\",\"start\":\"2009-03-01\"},"
                + "\"text\":\"Mars 2009\"}},\"key\":\"a1\",\"level\":1,\"number\":\"1.1\",\"title\":\"Action\"}],"
                + "\"key\":\"o1\",\"level\":0,\"number\":\"1\",\"title\":\"Objectif\"}],"
                + "\"levels\":[{\"name\":\"Objectif\",\"numbering\":\"DECIMAL\"},{\"name\":\"Action\",\"numbering\":\"DECIMAL\"}],"
                + "\"period\":{\"end\":\"2010-03-31\",\"start\":\"2009-04-01\",\"text\":\"2009-2010\"},"
                + "\"projects\":[{\"annex\":\"Annexe D\",\"budget\":[{\"amount\":80000,\"label\":\"Ressources humaines\"}],"
                + "\"budgetTotal\":80000,\"key\":\"p1\",\"name\":\"Projet\"}],\"title\":\"Plan é\"}", c);
    }

    @Test
    void everyFieldChangeChangesTheFingerprint() {
        Set<String> prints = new HashSet<>();
        prints.add(INTERCHANGE.fingerprint(sample("Plan", "Action", "Mars 2009", "80000")));
        prints.add(INTERCHANGE.fingerprint(sample("Plan.", "Action", "Mars 2009", "80000")));
        prints.add(INTERCHANGE.fingerprint(sample("Plan", "Action ", "Mars 2009", "80000")));
        prints.add(INTERCHANGE.fingerprint(sample("Plan", "Action", "Avril 2009", "80000")));
        prints.add(INTERCHANGE.fingerprint(sample("Plan", "Action", "Mars 2009", "80000.01")));
        assertEquals(5, prints.size());
        assertEquals(INTERCHANGE.fingerprint(sample("Plan", "Action", "Mars 2009", "80000")),
                INTERCHANGE.fingerprint(sample("Plan", "Action", "Mars 2009", "80000.000")), "decimals normalized");
    }

    @Test
    void whitespaceAndKeyOrderOfTheInputDoNotMatter() throws Exception {
        for (String name : Plans.FILES) {
            if (!Plans.exists(name)) {
                continue;
            }
            PlanDocument d = INTERCHANGE.read(Plans.plan(name));
            String canonical = new String(INTERCHANGE.canonicalBytes(d), StandardCharsets.UTF_8);
            String shuffled = reverseKeysAndSpace(canonical);
            assertNotEquals(canonical, shuffled);
            assertEquals(INTERCHANGE.fingerprint(d), INTERCHANGE.fingerprint(INTERCHANGE.read(shuffled)), name);
        }
    }

    @Test
    void aChangedItemChangesTheFingerprintOfARealPlan() throws Exception {
        PlanDocument d = INTERCHANGE.read(Plans.plan("troc-monteregie-2023-2024"));
        List<PlanItem> items = new ArrayList<>(d.items());
        items.set(0, items.get(0).withTitle(items.get(0).title() + "!"));
        assertNotEquals(INTERCHANGE.fingerprint(d), INTERCHANGE.fingerprint(d.withItems(items)));
        assertTrue(INTERCHANGE.fingerprint(d).matches("[0-9a-f]{64}"));
    }

    /** Re-serializes with every object's keys in reverse order and generous whitespace. */
    static String reverseKeysAndSpace(String json) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode n = m.readTree(json);
        return "\n\t " + m.writerWithDefaultPrettyPrinter().writeValueAsString(reverse(n, m)) + "\r\n  ";
    }

    static com.fasterxml.jackson.databind.JsonNode reverse(com.fasterxml.jackson.databind.JsonNode n,
                                                         com.fasterxml.jackson.databind.ObjectMapper m) {
        if (n.isObject()) {
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            Collections.reverse(names);
            com.fasterxml.jackson.databind.node.ObjectNode o = m.createObjectNode();
            for (String k : names) {
                o.set(k, reverse(n.get(k), m));
            }
            return o;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode a = m.createArrayNode();
            n.forEach(e -> a.add(reverse(e, m)));
            return a;
        }
        return n;
    }
}
