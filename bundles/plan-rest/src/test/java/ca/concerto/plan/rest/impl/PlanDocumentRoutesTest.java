package ca.concerto.plan.rest.impl;

import static ca.concerto.plan.rest.impl.PlansResourceTest.BASE;
import static ca.concerto.plan.rest.impl.PlansResourceTest.EN;
import static ca.concerto.plan.rest.impl.PlansResourceTest.FR;
import static ca.concerto.plan.rest.impl.PlansResourceTest.ROP;
import static ca.concerto.plan.rest.impl.PlansResourceTest.TROC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.EditConflictException;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.interchange.InvalidPlanFileException;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.rest.api.RestException;
import ca.concerto.rest.api.RestRequest;
import ca.concerto.rest.api.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import ca.concerto.plan.testing.UnsupportedPlanDocumentService;

/**
 * The routes of the plan document (interchange JSON, import, versions, diff) on a fake
 * PlanDocumentService and the real PlanInterchange, with the three real plan files.
 */
class PlanDocumentRoutesTest {

    static final List<String> FILES = List.of("troc-monteregie-2023-2024", "rop-mauricie-2021-2022",
            "cds-mauricie-2009-2010");
    static final ObjectMapper JSON = new ObjectMapper();
    static final PlanInterchange INTERCHANGE = new PlanInterchangeImpl();

    final PlansResourceTest.FakePlans plans = new PlansResourceTest.FakePlans();
    final FakeDocuments documents = new FakeDocuments(plans);
    final PlansResource resource = new PlansResource(plans, documents, INTERCHANGE);

    static String file(String name) {
        try (InputStream in = PlanDocumentRoutesTest.class.getResourceAsStream("/plans/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing plan file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanDocument read(String json) {
        try {
            return INTERCHANGE.read(json);
        } catch (InvalidPlanFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static UserAccount user(String regroupement, Role... roles) {
        return new UserAccount("u-" + regroupement, "Une personne", regroupement, Set.of(roles), "fr");
    }

    static RestRequest call(String method, UserAccount user, Locale locale, String body, String... segments) {
        return new RestRequest(method, List.of(segments), Map.of(), Map.of(),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), user, locale, BASE);
    }

    static RestRequest get(String regroupement, Locale locale, String... segments) {
        return call("GET", user(regroupement, Role.BOARD_MEMBER), locale, null, segments);
    }

    static RestRequest post(UserAccount user, Locale locale, String body) {
        return call("POST", user, locale, body);
    }

    static JsonNode json(RestResponse r) throws IOException {
        assertEquals(RestResponse.JSON, r.contentType());
        return JSON.readTree(r.body());
    }

    static String text(RestResponse r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** Imports a file as a facilitator of that regroupement and returns the new plan's id. */
    long importFile(String regroupement, String json) throws IOException {
        RestResponse r = resource.handle(post(user(regroupement, Role.FACILITATOR), FR, json));
        assertEquals(201, r.status(), text(r));
        return json(r).get("id").asLong();
    }

    @Test
    void importsEachRealPlanFileAndServesItBackWithTheSameFingerprint() throws Exception {
        for (String name : FILES) {
            String file = file(name);
            String expected = INTERCHANGE.fingerprint(read(file));
            RestResponse created = resource.handle(post(user(TROC, Role.FACILITATOR), FR, file));
            assertEquals(201, created.status(), name + ": " + text(created));
            JsonNode summary = json(created);
            long id = summary.get("id").asLong();
            assertEquals(BASE + "/" + id, created.headers().get("Location"));
            assertEquals(BASE + "/" + id, summary.get("url").asText());
            assertEquals(read(file).title(), summary.get("title").asText());
            assertEquals(read(file).period().text(), summary.get("period").asText());
            assertEquals("DRAFT", summary.get("status").asText());
            assertEquals(expected, summary.get("fingerprint").asText(), name);
            assertEquals(BASE + "/" + id + "/versions", summary.get("versionsUrl").asText());

            RestResponse back = resource.handle(get(TROC, FR, Long.toString(id)));
            assertEquals(200, back.status());
            assertEquals(RestResponse.JSON, back.contentType());
            assertEquals(expected, INTERCHANGE.fingerprint(read(text(back))), name);
            assertEquals(INTERCHANGE.write(read(file)), text(back), "the writer's pretty form");
            assertEquals("u-" + TROC, documents.importedBy.getLast());
        }
        assertEquals(3, documents.imports);
        JsonNode list = json(resource.handle(get(TROC, FR))).get("plans");
        assertEquals(4, list.size(), "the existing plan and the three imported ones");
    }

    @Test
    void administratorsMayImportOthersNot() throws Exception {
        RestResponse r = resource.handle(post(user(TROC, Role.ADMINISTRATOR), FR, file(FILES.get(0))));
        assertEquals(201, r.status());
        for (Locale locale : List.of(FR, EN)) {
            RestException e = assertThrows(RestException.class,
                    () -> resource.handle(post(user(TROC, Role.BOARD_MEMBER), locale, file(FILES.get(0)))));
            assertEquals(403, e.status());
            assertTrue(e.getMessage().contains(locale == FR ? "importer un plan" : "may import a plan"),
                    e.getMessage());
        }
        RestException e = assertThrows(RestException.class,
                () -> resource.handle(post(user(TROC), FR, file(FILES.get(0)))));
        assertEquals(403, e.status());
        assertEquals(1, documents.imports);
    }

    @Test
    void aPartialFileIs400WithEveryProblemAndNothingStored() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode broken =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(file(FILES.get(0)));
        broken.remove("title");
        com.fasterxml.jackson.databind.node.ObjectNode firstItem =
                (com.fasterxml.jackson.databind.node.ObjectNode) broken.get("items").get(0);
        firstItem.remove("title");
        firstItem.put("colour", "rouge");
        List<String> before = titles(TROC);

        RestResponse r = resource.handle(post(user(TROC, Role.FACILITATOR), FR, mapper.writeValueAsString(broken)));
        assertEquals(400, r.status());
        JsonNode body = json(r);
        assertEquals(400, body.get("status").asInt());
        List<String> paths = StreamSupport.stream(body.get("problems").spliterator(), false)
                .map(p -> p.get("path").asText()).toList();
        assertTrue(paths.contains("$.title"), paths.toString());
        assertTrue(paths.contains("$.items[0].title"), paths.toString());
        assertTrue(paths.contains("$.items[0].colour"), paths.toString());
        assertEquals(paths.size(), body.get("problems").size());
        assertEquals("Fichier de plan invalide : " + paths.size() + " problèmes. Rien n'a été enregistré.",
                body.get("message").asText());
        for (JsonNode p : body.get("problems")) {
            assertFalse(p.get("message").asText().isBlank(), p.toString());
        }
        assertEquals(0, documents.imports, "nothing stored");
        assertEquals(before, titles(TROC));

        JsonNode english = json(resource.handle(post(user(TROC, Role.FACILITATOR), EN, mapper.writeValueAsString(broken))));
        assertEquals("Invalid plan file: " + paths.size() + " problems. Nothing was saved.",
                english.get("message").asText());
    }

    @Test
    void malformedOrEmptyBodiesAre400() throws Exception {
        for (String body : new String[] {"{\"title\": ", "", "[]", "not json"}) {
            RestResponse r = resource.handle(post(user(TROC, Role.FACILITATOR), FR, body));
            assertEquals(400, r.status(), body);
            JsonNode json = json(r);
            assertTrue(json.get("problems").size() >= 1, body);
            assertTrue(json.get("problems").get(0).get("path").asText().startsWith("$"), json.toString());
        }
        JsonNode one = json(resource.handle(post(user(TROC, Role.FACILITATOR), FR, "{\"title\": ")));
        assertEquals("Fichier de plan invalide : 1 problème. Rien n'a été enregistré.", one.get("message").asText());
        assertEquals(0, documents.imports);
    }

    @Test
    void theStoreRefusingADocumentIs400AndNothingStored() throws Exception {
        documents.refuse = true;
        RestResponse r = resource.handle(post(user(TROC, Role.FACILITATOR), FR, file(FILES.get(1))));
        assertEquals(400, r.status());
        assertEquals("$", json(r).get("problems").get(0).get("path").asText());
        assertEquals(0, documents.imports);
    }

    @Test
    void anotherRegroupementsPlanIsNotFoundOnEveryRoute() throws Exception {
        long id = importFile(TROC, file(FILES.get(1)));
        documents.recordVersion(TROC, id, "u", "v2");
        String s = Long.toString(id);
        for (String[] path : List.of(new String[] {s}, new String[] {s, "versions"}, new String[] {s, "versions", "1"},
                new String[] {s, "versions", "1", "diff", "2"})) {
            RestException e = assertThrows(RestException.class, () -> resource.handle(get(ROP, FR, path)),
                    String.join("/", path));
            assertEquals(404, e.status());
            assertEquals("Plan introuvable", e.getMessage());
            assertEquals(200, resource.handle(get(TROC, FR, path)).status(), String.join("/", path));
        }
        assertEquals(0, documents.callsFor(ROP), "nothing of the other regroupement is read");
    }

    @Test
    void unknownPlansAndVersionsAre404InFrenchOrEnglish() throws Exception {
        long id = importFile(TROC, file(FILES.get(0)));
        String s = Long.toString(id);
        assertNotFound("Plan introuvable", get(TROC, FR, "999"));
        assertNotFound("Plan not found", get(TROC, EN, "999", "versions"));
        assertNotFound("Plan introuvable", get(TROC, FR, "abc", "versions", "1", "diff", "1"));
        assertNotFound("Version introuvable", get(TROC, FR, s, "versions", "2"));
        assertNotFound("Version not found", get(TROC, EN, s, "versions", "1", "diff", "7"));
        assertNotFound("Version introuvable", get(TROC, FR, s, "versions", "7", "diff", "1"));
        for (String bad : new String[] {"0", "-1", "x", "99999999999"}) {
            assertNotFound("Version introuvable", get(TROC, FR, s, "versions", bad, "diff", "1"));
            assertNotFound("Version introuvable", get(TROC, FR, s, "versions", bad));
        }
        RestException e = assertThrows(RestException.class,
                () -> resource.handle(get(TROC, FR, s, "versions", "1", "compare", "1")));
        assertEquals(404, e.status());
        assertNull(e.getMessage(), "an unknown path: the host's standard text");
    }

    private void assertNotFound(String message, RestRequest request) {
        RestException e = assertThrows(RestException.class, () -> resource.handle(request),
                String.join("/", request.segments()));
        assertEquals(404, e.status());
        assertEquals(message, e.getMessage(), String.join("/", request.segments()));
    }

    @Test
    void versionsOldestFirst() throws Exception {
        long id = importFile(TROC, file(FILES.get(2)));
        documents.clock = Instant.parse("2026-11-05T14:00:00Z");
        documents.recordVersion(TROC, id, "ca1", "Après la rencontre du CA");
        JsonNode versions = json(resource.handle(get(TROC, FR, Long.toString(id), "versions"))).get("versions");
        assertEquals(2, versions.size());
        JsonNode first = versions.get(0);
        assertEquals(1, first.get("number").asInt());
        assertEquals(INTERCHANGE.fingerprint(read(file(FILES.get(2)))), first.get("fingerprint").asText());
        assertEquals("2026-11-04T19:00:00Z", first.get("createdAt").asText());
        assertEquals("u-" + TROC, first.get("createdBy").asText());
        assertTrue(first.get("note").isNull());
        assertEquals(BASE + "/" + id + "/versions/1", first.get("url").asText());
        JsonNode second = versions.get(1);
        assertEquals(2, second.get("number").asInt());
        assertEquals("ca1", second.get("createdBy").asText());
        assertEquals("Après la rencontre du CA", second.get("note").asText());
        assertEquals("2026-11-05T14:00:00Z", second.get("createdAt").asText());
        assertEquals(64, second.get("fingerprint").asText().length());

        RestResponse v1 = resource.handle(get(TROC, FR, Long.toString(id), "versions", "1"));
        assertEquals(first.get("fingerprint").asText(), INTERCHANGE.fingerprint(read(text(v1))));
    }

    @Test
    void diffBetweenTwoVersions() throws Exception {
        long id = importFile(TROC, file(FILES.get(0)));
        PlanDocument document = documents.document(TROC, id).orElseThrow();
        PlanItem action = document.allItems().stream().filter(i -> i.children().isEmpty()).findFirst().orElseThrow();
        String oldTitle = action.title();
        documents.updateItem(TROC, id, action.key(), documents.itemRevisions(TROC, id).get(action.key()),
                action.withTitle("Que la TROC Montérégie rencontre les élu·e·s provinciaux"), "animateur");
        documents.recordVersion(TROC, id, "animateur", "Titre révisé");

        JsonNode diff = json(resource.handle(get(TROC, FR, Long.toString(id), "versions", "1", "diff", "2")));
        assertEquals(id, diff.get("planId").asLong());
        assertEquals(1, diff.get("from").asInt());
        assertEquals(2, diff.get("to").asInt());
        assertFalse(diff.get("empty").asBoolean());
        assertEquals(0, diff.get("added").size());
        assertEquals(0, diff.get("removed").size());
        assertEquals(0, diff.get("moved").size());
        assertEquals(0, diff.get("documentChanges").size());
        assertEquals(1, diff.get("changed").size());
        JsonNode changed = diff.get("changed").get(0);
        assertEquals(action.key(), changed.get("key").asText());
        assertEquals(action.number(), changed.get("number").isNull() ? null : changed.get("number").asText());
        assertEquals("title", changed.get("fields").get(0).asText());
        JsonNode change = changed.get("changes").get(0);
        assertEquals("title", change.get("field").asText());
        assertEquals(oldTitle, change.get("oldValue").asText());
        assertEquals("Que la TROC Montérégie rencontre les élu·e·s provinciaux", change.get("newValue").asText());

        JsonNode back = json(resource.handle(get(TROC, FR, Long.toString(id), "versions", "2", "diff", "1")));
        assertEquals(oldTitle, back.get("changed").get(0).get("changes").get(0).get("newValue").asText());
        JsonNode same = json(resource.handle(get(TROC, FR, Long.toString(id), "versions", "2", "diff", "2")));
        assertTrue(same.get("empty").asBoolean());
    }

    @Test
    void diffReportsAddedRemovedAndMovedItems() throws Exception {
        long id = importFile(TROC, file(FILES.get(0)));
        PlanDocument document = documents.document(TROC, id).orElseThrow();
        List<PlanItem> roots = new ArrayList<>(document.items());
        PlanItem removed = roots.remove(roots.size() - 1);
        PlanItem moved = roots.remove(0);
        roots.add(moved);
        roots.add(new PlanItem("nouveau-volet", 0, "5", "Un volet ajouté", null, null, List.of()));
        documents.replaceWorking(TROC, id, document.withItems(roots).withTitle("Plan révisé"));
        documents.recordVersion(TROC, id, "animateur", null);

        JsonNode diff = json(resource.handle(get(TROC, FR, Long.toString(id), "versions", "1", "diff", "2")));
        assertEquals("nouveau-volet", diff.get("added").get(0).get("key").asText());
        assertTrue(diff.get("added").get(0).get("parentKey").isNull());
        assertEquals("Un volet ajouté", diff.get("added").get(0).get("title").asText());
        assertTrue(StreamSupport.stream(diff.get("removed").spliterator(), false)
                .anyMatch(r -> r.get("key").asText().equals(removed.key())), diff.toString());
        assertEquals(1, diff.get("moved").size(), diff.get("moved").toString());
        JsonNode m = diff.get("moved").get(0);
        assertTrue(m.has("oldPosition") && m.has("newPosition") && m.has("oldParentKey") && m.has("newParentKey"));
        JsonNode title = diff.get("documentChanges").get(0);
        assertEquals("title", title.get("field").asText());
        assertEquals(document.title(), title.get("oldValue").asText());
        assertEquals("Plan révisé", title.get("newValue").asText());
    }

    @Test
    void withoutTheDocumentServicesTheirRoutesAre503AndTheOthersWork() throws Exception {
        PlansResource bare = new PlansResource(plans, null, INTERCHANGE);
        for (String[] path : List.of(new String[] {"1"}, new String[] {"1", "versions"},
                new String[] {"1", "versions", "1", "diff", "1"})) {
            assertEquals(503, assertThrows(RestException.class, () -> bare.handle(get(TROC, FR, path))).status());
        }
        assertEquals(503, assertThrows(RestException.class,
                () -> bare.handle(post(user(TROC, Role.FACILITATOR), FR, file(FILES.get(0))))).status());
        PlansResource noInterchange = new PlansResource(plans, documents, null);
        assertEquals(503, assertThrows(RestException.class, () -> noInterchange.handle(get(TROC, FR, "1"))).status());
        assertEquals(404, assertThrows(RestException.class, () -> bare.handle(get(ROP, FR, "1", "versions"))).status(),
                "tenancy first");
        assertEquals(200, bare.handle(get(TROC, FR)).status());
        assertEquals(200, bare.handle(get(TROC, FR, "1", "outline")).status());
        assertEquals(200, bare.handle(get(TROC, FR, "1", "decisions")).status());
    }

    @Test
    void aPlanNotFoundFromTheDocumentServiceIsA404() {
        documents.throwNotFound = true;
        RestException e = assertThrows(RestException.class, () -> resource.handle(get(TROC, FR, "1", "versions")));
        assertEquals(404, e.status());
        assertEquals("Plan introuvable", e.getMessage());
    }

    private List<String> titles(String regroupement) throws IOException {
        return StreamSupport.stream(json(resource.handle(get(regroupement, FR))).get("plans").spliterator(), false)
                .map(p -> p.get("title").asText()).toList();
    }

    /**
     * In memory, over the fake PlanService (an imported plan is listed there too): the working
     * document, item revisions and versions of each plan.
     */
    static final class FakeDocuments extends UnsupportedPlanDocumentService {
        private final PlansResourceTest.FakePlans plans;
        private final Map<Long, PlanDocument> working = new HashMap<>();
        private final Map<Long, Map<String, Long>> revisions = new HashMap<>();
        private final Map<Long, List<PlanVersion>> versions = new HashMap<>();
        private final Map<Long, List<PlanDocument>> versionDocuments = new HashMap<>();
        private final Map<String, Integer> calls = new LinkedHashMap<>();
        final List<String> importedBy = new ArrayList<>();
        int imports;
        boolean refuse;
        boolean throwNotFound;
        Instant clock = Instant.parse("2026-11-04T19:00:00Z");

        FakeDocuments(PlansResourceTest.FakePlans plans) {
            this.plans = plans;
        }

        int callsFor(String regroupementId) {
            return calls.getOrDefault(regroupementId, 0);
        }

        private void check(String regroupementId, long planId) {
            calls.merge(regroupementId, 1, Integer::sum);
            if (throwNotFound || plans.findPlan(regroupementId, planId).isEmpty() || !working.containsKey(planId)) {
                throw new PlanNotFoundException(planId);
            }
        }

        @Override
        public PlanSummary importDocument(String regroupementId, PlanDocument document, String by) {
            if (refuse) {
                throw new IllegalArgumentException("title too long for the store");
            }
            long id = plans.plans.stream().mapToLong(Plan::id).max().orElse(0) + 1;
            Plan plan = new Plan(id, regroupementId, document.title(), document.period().text(), null,
                    PlanStatus.DRAFT, 0, clock, by, List.of());
            plans.plans.add(plan);
            working.put(id, document);
            Map<String, Long> r = new HashMap<>();
            document.allItems().forEach(i -> r.put(i.key(), 0L));
            revisions.put(id, r);
            versions.put(id, new ArrayList<>());
            versionDocuments.put(id, new ArrayList<>());
            imports++;
            importedBy.add(by);
            record(id, by, null);
            return plan.summary();
        }

        @Override
        public Optional<PlanDocument> document(String regroupementId, long planId) {
            calls.merge(regroupementId, 1, Integer::sum);
            return plans.findPlan(regroupementId, planId).map(p -> working.get(planId));
        }

        @Override
        public Map<String, Long> itemRevisions(String regroupementId, long planId) {
            check(regroupementId, planId);
            return Map.copyOf(revisions.get(planId));
        }

        @Override
        public long updateItem(String regroupementId, long planId, String itemKey, long expectedRevision,
                               PlanItem changed, List<ca.concerto.plan.model.Organization> newOrganizations,
                               String editedBy) {
            check(regroupementId, planId);
            long current = revisions.get(planId).get(itemKey);
            PlanDocument document = working.get(planId);
            if (current != expectedRevision) {
                PlanItem now = document.allItems().stream().filter(i -> i.key().equals(itemKey)).findFirst().orElseThrow();
                throw new EditConflictException(itemKey, now, current, changed);
            }
            working.put(planId, document.withItems(replace(document.items(), changed)));
            revisions.get(planId).put(itemKey, current + 1);
            return current + 1;
        }

        void replaceWorking(String regroupementId, long planId, PlanDocument document) {
            check(regroupementId, planId);
            working.put(planId, document);
        }

        private static List<PlanItem> replace(List<PlanItem> items, PlanItem changed) {
            List<PlanItem> out = new ArrayList<>();
            for (PlanItem item : items) {
                if (item.key().equals(changed.key())) {
                    out.add(changed.withChildren(item.children()));
                } else {
                    out.add(item.withChildren(replace(item.children(), changed)));
                }
            }
            return out;
        }

        @Override
        public PlanVersion recordVersion(String regroupementId, long planId, String createdBy, String note) {
            check(regroupementId, planId);
            return record(planId, createdBy, note);
        }

        private PlanVersion record(long planId, String createdBy, String note) {
            PlanDocument document = working.get(planId);
            PlanVersion v = new PlanVersion(planId, versions.get(planId).size() + 1, INTERCHANGE.fingerprint(document),
                    clock, createdBy, note);
            versions.get(planId).add(v);
            versionDocuments.get(planId).add(document);
            return v;
        }

        @Override
        public List<PlanVersion> versions(String regroupementId, long planId) {
            check(regroupementId, planId);
            return List.copyOf(versions.get(planId));
        }

        @Override
        public Optional<PlanDocument> versionDocument(String regroupementId, long planId, int number) {
            check(regroupementId, planId);
            List<PlanDocument> docs = versionDocuments.get(planId);
            return number >= 1 && number <= docs.size() ? Optional.of(docs.get(number - 1)) : Optional.empty();
        }
    }

    @Test
    void fingerprintsAreSha256Hex() {
        String fp = INTERCHANGE.fingerprint(read(file(FILES.get(0))));
        assertEquals(64, fp.length());
        HexFormat.of().parseHex(fp);
    }
}
