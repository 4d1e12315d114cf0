package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import ca.concerto.plan.interchange.InvalidPlanFileException;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST API on the started distribution (demo data), called as a script would: HTTP Basic with
 * the platform's users, JSON answers, French errors, and nothing of another regroupement visible.
 * The second regroupement (a user and a plan) is created by a small module dropped into modules/,
 * since the API cannot create users yet. The three real plan files are imported through the API and
 * read back; a second version, for the diff, is made by another small module, since the API has no
 * endpoint that edits a plan yet.
 */
class RestApiIT {

    private static final String SEED = """
            package test.seed;

            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.List;
            import java.util.Set;

            import ca.concerto.identity.api.IdentityService;
            import ca.concerto.identity.api.Role;
            import ca.concerto.plan.api.Plan;
            import ca.concerto.plan.api.PlanDraft;
            import ca.concerto.plan.api.PlanService;
            import org.osgi.framework.BundleActivator;
            import org.osgi.framework.BundleContext;

            public class SeedActivator implements BundleActivator {
                public void start(BundleContext context) throws Exception {
                    IdentityService identity = context.getService(context.getServiceReference(IdentityService.class));
                    PlanService plans = context.getService(context.getServiceReference(PlanService.class));
                    identity.createUser("rop", "Coordination du ROP", "rop-estrie", Set.of(Role.FACILITATOR),
                            "rop-secret".toCharArray());
                    Plan plan = plans.createPlan("rop-estrie", new PlanDraft("Plan de travail du ROP Estrie 2025-2026",
                            "2025-2026", "Défendre les droits des personnes handicapées", List.of()), "rop");
                    Files.writeString(Path.of(context.getProperty("concerto.home"), "seeded-plan.txt"),
                            Long.toString(plan.id()));
                }

                public void stop(BundleContext context) {
                }
            }
            """;

    private static final String HELLO = """
            package test.rest;

            import java.util.Hashtable;

            import ca.concerto.rest.api.RestRequest;
            import ca.concerto.rest.api.RestResource;
            import ca.concerto.rest.api.RestResponse;
            import org.osgi.framework.BundleActivator;
            import org.osgi.framework.BundleContext;

            public class HelloActivator implements BundleActivator {
                public void start(BundleContext context) {
                    context.registerService(RestResource.class, new RestResource() {
                        public String path() { return "hello"; }
                        public RestResponse handle(RestRequest r) {
                            return RestResponse.ok("{\\"hello\\":\\"" + r.user().username() + "\\"}");
                        }
                    }, new Hashtable<>());
                }

                public void stop(BundleContext context) {
                }
            }
            """;

    /** Changes the title of the first leaf item (a proposition) of the plan named in edit-plan.txt, and records version 2. */
    private static final String EDIT = """
            package test.edit;

            import java.io.PrintWriter;
            import java.io.StringWriter;
            import java.nio.file.Files;
            import java.nio.file.Path;

            import ca.concerto.plan.api.PlanDocumentService;
            import ca.concerto.plan.model.PlanDocument;
            import ca.concerto.plan.model.PlanItem;
            import org.osgi.framework.BundleActivator;
            import org.osgi.framework.BundleContext;

            public class EditActivator implements BundleActivator {
                public void start(BundleContext context) throws Exception {
                    Path home = Path.of(context.getProperty("concerto.home"));
                    String result;
                    try {
                        long planId = Long.parseLong(Files.readString(home.resolve("edit-plan.txt")).trim());
                        PlanDocumentService documents = context.getService(
                                context.getServiceReference(PlanDocumentService.class));
                        PlanDocument document = documents.document("troc-monteregie", planId).orElseThrow();
                        PlanItem item = document.allItems().stream().filter(i -> i.children().isEmpty())
                                .findFirst().orElseThrow();
                        long revision = documents.itemRevisions("troc-monteregie", planId).get(item.key());
                        documents.updateItem("troc-monteregie", planId, item.key(), revision,
                                item.withTitle(item.title() + " (révisé)"), "animateur");
                        documents.recordVersion("troc-monteregie", planId, "animateur", "Titre révisé");
                        result = item.key() + "\\n" + item.title();
                    } catch (Throwable e) {
                        StringWriter trace = new StringWriter();
                        e.printStackTrace(new PrintWriter(trace));
                        result = "ERROR\\n" + trace;
                    }
                    Files.writeString(home.resolve("edited-plan.txt"), result);
                }

                public void stop(BundleContext context) {
                }
            }
            """;

    private static final List<String> PLAN_FILES = List.of("troc-monteregie-2023-2024", "rop-mauricie-2021-2022",
            "cds-mauricie-2009-2010");
    private static final PlanInterchange INTERCHANGE = new PlanInterchangeImpl();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static RunningConcerto concerto;

    @BeforeAll
    static void startConcerto() {
        concerto = RunningConcerto.start(RunningConcerto.newHome("rest"), Map.of(), "--demo");
    }

    @AfterAll
    static void stopConcerto() {
        if (concerto != null) {
            concerto.close();
        }
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(concerto.url("api/" + path)))
                .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(concerto.url("api/" + path)))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A real plan file, from the plan-interchange jar on the test class path. */
    private static String planFile(String name) throws IOException {
        try (InputStream in = PlanInterchangeImpl.class.getResourceAsStream("/plans/" + name + ".json")) {
            assertTrue(in != null, "plan file " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fingerprint(String json) throws InvalidPlanFileException {
        return INTERCHANGE.fingerprint(INTERCHANGE.read(json));
    }

    private static List<Long> planIds(String user) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (JsonNode p : json(get("plans", "Authorization", basic(user, "demo"))).get("plans")) {
            ids.add(p.get("id").asLong());
        }
        return ids;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON content type: " + r.headers().map());
        return JSON.readTree(r.body());
    }

    private static void assertError(HttpResponse<String> r, int status, String message) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals(status, body.get("status").asInt());
        assertEquals(message, body.get("message").asText());
    }

    /** The demo plan's id, from the list; waits for the demo data, loaded by a bundle after start. */
    private static long demoPlanId() throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            HttpResponse<String> r = get("plans", "Authorization", basic("animateur", "demo"));
            if (r.statusCode() == 200) {
                for (JsonNode p : json(r).get("plans")) {
                    if (p.get("title").asText().contains("TROC Montérégie 2023-2024")) {
                        return p.get("id").asLong();
                    }
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No demo plan in " + r.statusCode() + " " + r.body());
            }
            RunningConcerto.sleep(500);
        }
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordIs401() throws Exception {
        HttpResponse<String> none = get("plans");
        assertError(none, 401, "Authentification requise : fournissez un nom d'utilisateur et un mot de passe valides (HTTP Basic).");
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"Concerto\""));
        assertError(get("plans", "Authorization", basic("animateur", "wrong")), 401,
                "Authentification requise : fournissez un nom d'utilisateur et un mot de passe valides (HTTP Basic).");
        assertEquals(401, get("plans", "Authorization", basic("animateur", "wrong"), "Accept-Language", "en").statusCode());
        assertTrue(get("plans").headers().firstValue("Set-Cookie").isEmpty(), "no session");
    }

    @Test
    void facilitatorListsAndReadsTheDemoPlan() throws Exception {
        long id = demoPlanId();
        HttpResponse<String> list = get("plans", "Authorization", basic("animateur", "demo"));
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Set-Cookie").isEmpty(), "stateless: no session cookie");
        JsonNode first = json(list).get("plans").get(0);
        for (String field : List.of("id", "title", "period", "status")) {
            assertTrue(first.has(field), field + " in " + first);
        }

        HttpResponse<String> detail = get("plans/" + id, "Authorization", basic("animateur", "demo"));
        assertEquals(200, detail.statusCode(), detail.body());
        JsonNode document = json(detail);
        assertEquals("1.0", document.get("formatVersion").asText());
        assertEquals("Plan d'action TROC Montérégie 2023-2024", document.get("title").asText());
        assertEquals(fingerprint(planFile("troc-monteregie-2023-2024")), fingerprint(detail.body()),
                "the demo plan is the interchange file, unchanged");

        HttpResponse<String> outline = get("plans/" + id + "/outline", "Authorization", basic("animateur", "demo"));
        assertEquals(200, outline.statusCode(), outline.body());
        JsonNode plan = json(outline);
        assertEquals(id, plan.get("id").asLong());
        assertEquals("troc-monteregie", plan.get("regroupementId").asText());
        assertEquals("DRAFT", plan.get("status").asText());
        assertTrue(plan.get("objectives").isArray());

        HttpResponse<String> decisions = get("plans/" + id + "/decisions", "Authorization", basic("ca1", "demo"));
        assertEquals(200, decisions.statusCode(), decisions.body());
        assertTrue(json(decisions).get("decisions").isArray());
    }

    @Test
    void unknownIdsAndResourcesAre404InFrenchOrEnglish() throws Exception {
        assertError(get("plans/999999", "Authorization", basic("animateur", "demo")), 404, "Plan introuvable");
        assertError(get("plans/999999", "Authorization", basic("animateur", "demo"), "Accept-Language", "en"), 404,
                "Plan not found");
        assertError(get("plans/abc/decisions", "Authorization", basic("animateur", "demo")), 404, "Plan introuvable");
        assertError(get("nothing-here", "Authorization", basic("animateur", "demo")), 404, "Ressource introuvable");
        HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(URI.create(concerto.url("api/plans")))
                .header("Authorization", basic("animateur", "demo")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertError(delete, 405, "Méthode non permise pour cette ressource");
    }

    @Test
    void anotherRegroupementsPlanIs404() throws Exception {
        long demo = demoPlanId();
        Path built = concerto.home.resolve("test-modules");
        Path seed = TestModules.activatorModule(built, "test.seed", "test.seed.SeedActivator", SEED,
                List.of("ca.concerto.identity.api", "ca.concerto.plan.api"));
        Path result = concerto.home.resolve("seeded-plan.txt");
        Files.copy(seed, concerto.home.resolve("modules/seed.jar"));
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.exists(result) || Files.readString(result).isBlank()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The seed module did not run:\n" + concerto.console());
            }
            RunningConcerto.sleep(300);
        }
        long other = Long.parseLong(Files.readString(result).trim());

        HttpResponse<String> own = get("plans/" + other + "/outline", "Authorization", basic("rop", "rop-secret"));
        assertEquals(200, own.statusCode(), "the plan exists for its own regroupement: " + own.body());
        HttpResponse<String> ownDocument = get("plans/" + other, "Authorization", basic("rop", "rop-secret"));
        assertEquals(200, ownDocument.statusCode(), "a plan made with PlanService has a document: " + ownDocument.body());
        assertEquals("Plan de travail du ROP Estrie 2025-2026", json(ownDocument).get("title").asText());
        assertError(get("plans/" + other, "Authorization", basic("animateur", "demo")), 404, "Plan introuvable");
        assertError(get("plans/" + other + "/outline", "Authorization", basic("animateur", "demo")), 404,
                "Plan introuvable");
        assertError(get("plans/" + other + "/versions", "Authorization", basic("animateur", "demo")), 404,
                "Plan introuvable");
        assertError(get("plans/" + other + "/decisions", "Authorization", basic("animateur", "demo")), 404,
                "Plan introuvable");
        assertError(get("plans/" + demo, "Authorization", basic("rop", "rop-secret")), 404, "Plan introuvable");
        for (JsonNode p : json(get("plans", "Authorization", basic("animateur", "demo"))).get("plans")) {
            assertTrue(p.get("id").asLong() != other, "the other regroupement's plan is not listed");
        }
        JsonNode ropPlans = json(get("plans", "Authorization", basic("rop", "rop-secret"))).get("plans");
        assertEquals(1, ropPlans.size(), ropPlans.toString());
    }

    @Test
    void theFacilitatorImportsTheThreeRealPlansAndReadsThemBack() throws Exception {
        demoPlanId();
        for (String name : PLAN_FILES) {
            String file = planFile(name);
            String expected = fingerprint(file);
            HttpResponse<String> created = post("plans", file, "Authorization", basic("animateur", "demo"));
            assertEquals(201, created.statusCode(), name + ": " + created.body());
            JsonNode summary = json(created);
            long id = summary.get("id").asLong();
            assertEquals(concerto.url("api/plans/" + id), created.headers().firstValue("Location").orElse(""));
            assertEquals("DRAFT", summary.get("status").asText());
            assertEquals(INTERCHANGE.read(file).title(), summary.get("title").asText());
            assertEquals(expected, summary.get("fingerprint").asText(), name);

            HttpResponse<String> back = get("plans/" + id, "Authorization", basic("ca1", "demo"));
            assertEquals(200, back.statusCode(), back.body());
            assertEquals(expected, fingerprint(back.body()), name + ": same document as the file");

            JsonNode versions = json(get("plans/" + id + "/versions", "Authorization", basic("animateur", "demo")))
                    .get("versions");
            assertEquals(1, versions.size(), versions.toString());
            assertEquals(1, versions.get(0).get("number").asInt());
            assertEquals(expected, versions.get(0).get("fingerprint").asText());
            assertEquals("animateur", versions.get(0).get("createdBy").asText());
            assertTrue(Instant.parse(versions.get(0).get("createdAt").asText()).isBefore(Instant.now().plusSeconds(5)));
            assertTrue(planIds("animateur").contains(id), "listed in the regroupement");
            assertFalse(planIds("animateur-rop").contains(id), "not in another regroupement's list");
            assertError(get("plans/" + id, "Authorization", basic("animateur-rop", "demo")), 404, "Plan introuvable");
        }
    }

    @Test
    void aBrokenFileIs400WithEveryProblemAndNothingIsStored() throws Exception {
        demoPlanId();
        ObjectNode broken = (ObjectNode) JSON.readTree(planFile("rop-mauricie-2021-2022"));
        broken.remove("title");
        ((ObjectNode) broken.get("items").get(0)).remove("title");
        ((ObjectNode) broken.get("items").get(0)).put("couleur", "rouge");
        List<Long> before = planIds("animateur");

        HttpResponse<String> r = post("plans", JSON.writeValueAsString(broken), "Authorization",
                basic("animateur", "demo"));
        assertEquals(400, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals(400, body.get("status").asInt());
        List<String> paths = new ArrayList<>();
        body.get("problems").forEach(p -> paths.add(p.get("path").asText()));
        assertTrue(paths.containsAll(List.of("$.title", "$.items[0].title", "$.items[0].couleur")), paths.toString());
        assertEquals("Fichier de plan invalide : " + paths.size() + " problèmes. Rien n'a été enregistré.",
                body.get("message").asText());
        assertEquals(before, planIds("animateur"), "nothing stored");

        HttpResponse<String> english = post("plans", "{\"formatVersion\": ", "Authorization",
                basic("animateur", "demo"), "Accept-Language", "en");
        assertEquals(400, english.statusCode());
        assertEquals("Invalid plan file: 1 problem. Nothing was saved.", json(english).get("message").asText());
        assertEquals(before, planIds("animateur"), "nothing stored");
    }

    @Test
    void onlyFacilitatorsAndAdministratorsImport() throws Exception {
        demoPlanId();
        List<Long> before = planIds("ca1");
        assertError(post("plans", planFile("troc-monteregie-2023-2024"), "Authorization", basic("ca1", "demo")), 403,
                "Seules les personnes à l'animation ou à l'administration du regroupement peuvent importer un plan.");
        assertEquals(before, planIds("ca1"));
        HttpResponse<String> admin = post("plans", planFile("rop-mauricie-2021-2022"), "Authorization",
                basic("admin", "demo"));
        assertEquals(201, admin.statusCode(), admin.body());
    }

    @Test
    void theDemoRegroupementsEachHaveTheirRealPlan() throws Exception {
        demoPlanId();
        Map<String, String> plans = Map.of("animateur-rop", "rop-mauricie-2021-2022",
                "animateur-cds", "cds-mauricie-2009-2010");
        for (Map.Entry<String, String> e : plans.entrySet()) {
            String title = INTERCHANGE.read(planFile(e.getValue())).title();
            Instant deadline = Instant.now().plusSeconds(60);
            long id = -1;
            while (id < 0) {
                for (JsonNode p : json(get("plans", "Authorization", basic(e.getKey(), "demo"))).get("plans")) {
                    if (p.get("title").asText().equals(title)) {
                        id = p.get("id").asLong();
                    }
                }
                if (id < 0 && Instant.now().isAfter(deadline)) {
                    throw new AssertionError("No demo plan " + title + " for " + e.getKey());
                }
                RunningConcerto.sleep(300);
            }
            HttpResponse<String> document = get("plans/" + id, "Authorization", basic(e.getKey(), "demo"));
            assertEquals(fingerprint(planFile(e.getValue())), fingerprint(document.body()), e.getValue());
            assertError(get("plans/" + id, "Authorization", basic("animateur", "demo")), 404, "Plan introuvable");
        }
    }

    @Test
    void versionsAndTheDiffAfterAChange() throws Exception {
        demoPlanId();
        String file = planFile("troc-monteregie-2023-2024");
        HttpResponse<String> created = post("plans", file, "Authorization", basic("animateur", "demo"));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).get("id").asLong();

        Files.writeString(concerto.home.resolve("edit-plan.txt"), Long.toString(id));
        Path edit = TestModules.activatorModule(concerto.home.resolve("test-modules"), "test.edit",
                "test.edit.EditActivator", EDIT, List.of("ca.concerto.plan.api", "ca.concerto.plan.model"));
        Path result = concerto.home.resolve("edited-plan.txt");
        Files.copy(edit, concerto.home.resolve("modules/edit.jar"));
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.exists(result) || Files.readString(result).isBlank()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The edit module did not run:\n" + concerto.console());
            }
            RunningConcerto.sleep(300);
        }
        String[] edited = Files.readString(result).split("\n", 2);
        assertFalse(edited[0].equals("ERROR"), Files.readString(result));
        String key = edited[0];
        String oldTitle = edited[1];

        JsonNode versions = json(get("plans/" + id + "/versions", "Authorization", basic("ca1", "demo"))).get("versions");
        assertEquals(2, versions.size(), versions.toString());
        assertEquals(fingerprint(file), versions.get(0).get("fingerprint").asText());
        assertEquals(2, versions.get(1).get("number").asInt());
        assertEquals("Titre révisé", versions.get(1).get("note").asText());
        assertFalse(versions.get(1).get("fingerprint").asText().equals(versions.get(0).get("fingerprint").asText()));
        HttpResponse<String> working = get("plans/" + id, "Authorization", basic("animateur", "demo"));
        assertEquals(versions.get(1).get("fingerprint").asText(), fingerprint(working.body()));
        HttpResponse<String> v1 = get("plans/" + id + "/versions/1", "Authorization", basic("animateur", "demo"));
        assertEquals(fingerprint(file), fingerprint(v1.body()));

        HttpResponse<String> diff = get("plans/" + id + "/versions/1/diff/2", "Authorization", basic("ca1", "demo"));
        assertEquals(200, diff.statusCode(), diff.body());
        JsonNode d = json(diff);
        assertEquals(0, d.get("added").size());
        assertEquals(0, d.get("removed").size());
        assertEquals(0, d.get("moved").size());
        assertEquals(1, d.get("changed").size(), d.toString());
        JsonNode changed = d.get("changed").get(0);
        assertEquals(key, changed.get("key").asText());
        assertEquals("title", changed.get("fields").get(0).asText());
        assertEquals(oldTitle, changed.get("changes").get(0).get("oldValue").asText());
        assertEquals(oldTitle + " (révisé)", changed.get("changes").get(0).get("newValue").asText());

        assertError(get("plans/" + id + "/versions/1/diff/3", "Authorization", basic("ca1", "demo")), 404,
                "Version introuvable");
        assertError(get("plans/" + id + "/versions/9", "Authorization", basic("ca1", "demo"), "Accept-Language", "en"),
                404, "Version not found");
        assertError(get("plans/" + id + "/versions/1/diff/2", "Authorization", basic("animateur-cds", "demo")), 404,
                "Plan introuvable");
    }

    @Test
    void aModuleContributesAResourceThatGoesAwayWithIt() throws Exception {
        Path jar = TestModules.activatorModule(concerto.home.resolve("test-modules"), "test.rest",
                "test.rest.HelloActivator", HELLO, List.of("ca.concerto.rest.api", "ca.concerto.identity.api"));
        Path deployed = concerto.home.resolve("modules/rest-hello.jar");
        Files.copy(jar, deployed);
        awaitStatus("hello", 200);
        assertEquals("{\"hello\":\"animateur\"}", get("hello", "Authorization", basic("animateur", "demo")).body());
        Files.delete(deployed);
        awaitStatus("hello", 404);
        assertError(get("hello", "Authorization", basic("animateur", "demo")), 404, "Ressource introuvable");
    }

    private static void awaitStatus(String path, int status) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        int last;
        while ((last = get(path, "Authorization", basic("animateur", "demo")).statusCode()) != status) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("/api/" + path + " still answers " + last + ":\n" + concerto.console());
            }
            RunningConcerto.sleep(300);
        }
    }
}
