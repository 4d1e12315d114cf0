package ca.concerto.plan.interchange;

import static ca.concerto.plan.interchange.Plans.INTERCHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidFilesTest {

    static List<String> paths(String json) {
        InvalidPlanFileException e = assertThrows(InvalidPlanFileException.class, () -> INTERCHANGE.read(json));
        return e.problems().stream().map(Problem::jsonPath).toList();
    }

    static InvalidPlanFileException fail(String json) {
        return assertThrows(InvalidPlanFileException.class, () -> INTERCHANGE.read(json));
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        InvalidPlanFileException e = fail("{\n  \"title\": \"Plan\",\n  \"period\": {\"text\": \"2009-2010\"\n}");
        assertEquals(1, e.problems().size());
        assertEquals("$", e.problems().getFirst().jsonPath());
        assertTrue(e.problems().getFirst().message().startsWith("JSON mal formé à la ligne 4"), e.getMessage());
        assertEquals("$", paths("").getFirst());
        assertTrue(fail("{} {}").problems().getFirst().message().contains("après la fin"));
        assertTrue(fail("[1, 2,]").problems().getFirst().message().contains("ligne 1"));
    }

    @Test
    void aPartialFileReportsEveryProblem() {
        String json = """
                {
                  "formatVersion": "1.0",
                  "period": {"text": 2009},
                  "levels": [{"name": "Objectif"}, {"name": "Action", "numbering": "ROMAN"}],
                  "items": [
                    {"key": "o1", "level": 0, "title": "Objectif 1"},
                    {"key": "o2", "level": 0, "title": "Objectif 2"},
                    {"key": "o3", "level": "zéro", "title": "Objectif 3", "children": [
                       {"key": "a1", "level": 1}
                    ]}
                  ],
                  "organizations": [{"key": "crs", "name": "CRÉ"}],
                  "projects": [{"key": "p", "name": "Logement",
                     "budget": [{"label": "RH", "amount": -5}, {"label": "Frais", "amount": "9600"}]}],
                  "colour": "bleu"
                }
                """;
        List<String> paths = paths(json);
        assertEquals(List.of("$.title", "$.period.text", "$.levels[1].numbering", "$.items[2].level",
                "$.items[2].children[0].title", "$.organizations[0].kind", "$.projects[0].budget[0].amount",
                "$.projects[0].budget[1].amount", "$.colour"), paths.stream().sorted(InvalidFilesTest::byPosition).toList());
    }

    /** Order of the expected list above: the reader's order, except unknown properties come first per object. */
    static int byPosition(String a, String b) {
        List<String> order = List.of("$.title", "$.period.text", "$.levels[1].numbering", "$.items[2].level",
                "$.items[2].children[0].title", "$.organizations[0].kind", "$.projects[0].budget[0].amount",
                "$.projects[0].budget[1].amount", "$.colour");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    @Test
    void semanticProblemsAllAtOnce() {
        String json = """
                {
                  "formatVersion": "1.0", "title": "Plan", "period": {"text": "2009-2010"},
                  "levels": [{"name": "Objectif"}, {"name": "Action"}],
                  "items": [
                    {"key": "o1", "level": 0, "title": "Objectif 1", "children": [
                      {"key": "a1", "level": 1, "title": "A", "action": {"partnerOrganizations": ["inconnu"]}},
                      {"key": "a1", "level": 1, "title": "B"},
                      {"key": "a3", "level": 4, "title": "C"}
                    ]},
                    {"key": "o2", "level": 0, "title": "Objectif 2", "title": "Doublon"}
                  ],
                  "organizations": [{"key": "cre", "name": "CRÉ", "kind": "PARTNER"}],
                  "committees": [{"key": "c1", "name": "Comité", "members": [{"name": "X", "organizationKey": "shq"}]}],
                  "projects": [{"key": "p", "name": "Logement", "committeeKey": "c9",
                     "budget": [{"label": "RH", "amount": 80000}, {"label": "Frais", "amount": 9600.50}],
                     "budgetTotal": 89600, "funders": [{"organizationKey": "cre"}, {"organizationKey": "shq"}]}]
                }
                """;
        InvalidPlanFileException e = fail(json);
        List<String> paths = e.problems().stream().map(Problem::jsonPath).toList();
        assertEquals(List.of("$.items[1].title", "$.items[0].children[0].action.partnerOrganizations[0]",
                "$.items[0].children[1].key", "$.items[0].children[2].level",
                "$.committees[0].members[0].organizationKey", "$.projects[0].committeeKey",
                "$.projects[0].funders[1].organizationKey", "$.projects[0].budgetTotal"), paths, e.getMessage());
        assertTrue(e.problems().getLast().message().contains("89600.5"), e.getMessage());
    }

    @Test
    void wrongRootAndWrongTypes() {
        assertEquals(List.of("$"), paths("[1, 2]"));
        List<String> p = paths("""
                {"formatVersion": "2.0", "title": ["x"], "period": "2009", "levels": [], "items": {},
                 "notes": ["", 3]}
                """);
        assertEquals(List.of("$.formatVersion", "$.title", "$.period", "$.levels", "$.items", "$.notes[0]",
                "$.notes[1]"), p);
    }
}
