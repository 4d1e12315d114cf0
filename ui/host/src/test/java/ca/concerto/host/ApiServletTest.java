package ca.concerto.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.rest.api.RestException;
import ca.concerto.rest.api.RestRequest;
import ca.concerto.rest.api.RestResource;
import ca.concerto.rest.api.RestResponse;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ca.concerto.plan.testing.UnsupportedIdentityService;

/** The /api servlet on a real Jetty, with a fake identity service and fake resources. */
class ApiServletTest {

    static final UserAccount ANIMATEUR = new UserAccount("animateur", "Anima Teur", "troc-monteregie",
            Set.of(Role.FACILITATOR), "fr");
    static final UserAccount CA1 = new UserAccount("ca1", "Membre du CA", "troc-monteregie",
            Set.of(Role.BOARD_MEMBER), "en");

    static Server server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final FakeIdentity IDENTITY = new FakeIdentity();
    static final AtomicReference<Optional<IdentityService>> IDENTITY_NOW = new AtomicReference<>();
    static final Map<String, RestResource> RESOURCES = new ConcurrentHashMap<>();
    static final AtomicReference<RestRequest> LAST = new AtomicReference<>();
    static final AtomicLong CLOCK = new AtomicLong();

    @BeforeAll
    static void startJetty() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler ctx = new ServletContextHandler(ServletContextHandler.SESSIONS);
        ctx.setContextPath("/");
        ApiServlet servlet = new ApiServlet(path -> Optional.ofNullable(RESOURCES.get(path)), IDENTITY_NOW::get,
                new ApiServlet.CredentialCache(CLOCK::get));
        ctx.addServlet(new ServletHolder(servlet), WebServer.API_MAPPING);
        server.setHandler(ctx);
        server.start();
        base = "http://localhost:" + connector.getLocalPort() + "/api/";
    }

    @AfterAll
    static void stopJetty() throws Exception {
        server.stop();
    }

    @BeforeEach
    void reset() {
        IDENTITY_NOW.set(Optional.of(IDENTITY));
        IDENTITY.calls.set(0);
        CLOCK.addAndGet(ApiServlet.CredentialCache.TTL_NANOS + 1); // every test starts with an empty cache
        RESOURCES.clear();
        LAST.set(null);
        RESOURCES.put("echo", new RestResource() {
            @Override
            public String path() {
                return "echo";
            }

            @Override
            public RestResponse handle(RestRequest request) {
                LAST.set(request);
                if (request.method().equals("POST")) {
                    return RestResponse.created(request.baseUri() + "/7", "{\"id\":7}");
                }
                if (!request.method().equals("GET")) {
                    throw RestException.methodNotAllowed("GET", "POST");
                }
                return RestResponse.ok("{\"ok\":\"é\"}");
            }
        });
        RESOURCES.put("failing", resource("failing", Set.of(), r -> {
            throw new IllegalStateException("secret internal detail");
        }));
        RESOURCES.put("refusing", resource("refusing", Set.of(), r -> {
            throw RestException.badRequest("Document refusé", List.of("Le titre manque", "Période \"invalide\""));
        }));
        RESOURCES.put("board", resource("board", Set.of(Role.BOARD_MEMBER, Role.ADMINISTRATOR),
                r -> RestResponse.ok("{}")));
    }

    interface Handler {
        RestResponse handle(RestRequest r);
    }

    static RestResource resource(String path, Set<Role> roles, Handler handler) {
        return new RestResource() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public Set<Role> allowedRoles() {
                return roles;
            }

            @Override
            public RestResponse handle(RestRequest request) {
                return handler.handle(request);
            }
        };
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    static void assertJsonError(HttpResponse<String> r, int status, String message) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/json;charset=utf-8",
                r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT));
        assertEquals("{\"status\":" + status + ",\"message\":\"" + message + "\"}", r.body());
    }

    @Test
    void withoutCredentialsIs401WithBasicChallengeInFrench() throws Exception {
        HttpResponse<String> r = get("echo");
        assertJsonError(r, 401, "Authentification requise : fournissez un nom d’utilisateur et un mot de passe valides (HTTP Basic).".replace('’', '\''));
        assertEquals(ApiServlet.REALM, r.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertNull(LAST.get());
    }

    @Test
    void wrongPasswordUnknownUserAndMalformedHeaderAre401() throws Exception {
        assertEquals(401, get("echo", "Authorization", basic("animateur", "wrong")).statusCode());
        assertEquals(401, get("echo", "Authorization", basic("nobody", "demo")).statusCode());
        assertEquals(401, get("echo", "Authorization", "Basic %%%").statusCode());
        assertEquals(401, get("echo", "Authorization", "Bearer abc").statusCode());
        assertNull(LAST.get());
    }

    @Test
    void englishOnAcceptLanguage() throws Exception {
        HttpResponse<String> r = get("echo", "Accept-Language", "en-CA,en;q=0.9,fr;q=0.5");
        assertJsonError(r, 401, "Authentication required: give a valid username and password (HTTP Basic).");
        r = get("nowhere", "Authorization", basic("animateur", "demo"), "Accept-Language", "en");
        assertJsonError(r, 404, "Resource not found");
    }

    @Test
    void languageOfTheUserWithoutAcceptLanguage() throws Exception {
        assertJsonError(get("nowhere", "Authorization", basic("ca1", "demo")), 404, "Resource not found");
        assertJsonError(get("nowhere", "Authorization", basic("ca1", "demo"), "Accept-Language", "fr-CA"), 404,
                "Ressource introuvable");
    }

    @Test
    void dispatchesToTheResourceWithUserSegmentsQueryAndLocale() throws Exception {
        HttpResponse<String> r = get("echo/12/decisions/?q=caf%C3%A9&q=2&flag",
                "Authorization", basic("animateur", "demo"), "X-Trace", "abc");
        assertEquals(200, r.statusCode());
        assertEquals("{\"ok\":\"é\"}", r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        RestRequest seen = LAST.get();
        assertEquals("GET", seen.method());
        assertEquals(List.of("12", "decisions"), seen.segments());
        assertEquals(List.of("café", "2"), seen.query().get("q"));
        assertEquals(Optional.of(""), seen.queryParameter("flag"));
        assertEquals(ANIMATEUR, seen.user());
        assertEquals("troc-monteregie", seen.regroupementId());
        assertEquals(Messages.FRENCH, seen.locale());
        assertEquals(Optional.of("abc"), seen.header("x-trace"));
        assertTrue(seen.header("Authorization").isEmpty(), "credentials are not handed to resources");
        assertEquals(base + "echo", seen.baseUri());
        assertTrue(r.headers().firstValue("Set-Cookie").isEmpty(), "stateless: no session cookie");
    }

    @Test
    void postBodyAndCreatedWithLocation() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "echo"))
                .header("Authorization", basic("animateur", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Plan é\"}")));
        assertEquals(201, r.statusCode());
        assertEquals(base + "echo/7", r.headers().firstValue("Location").orElseThrow());
        assertEquals("{\"title\":\"Plan é\"}", LAST.get().bodyText());
        assertEquals(List.of(), LAST.get().segments());
    }

    @Test
    void unknownResourceAndBareApiAre404() throws Exception {
        assertJsonError(get("nowhere/1", "Authorization", basic("animateur", "demo")), 404, "Ressource introuvable");
        assertJsonError(get("", "Authorization", basic("animateur", "demo")), 404, "Ressource introuvable");
    }

    @Test
    void unknownResourceWithoutCredentialsIs401NotA404() throws Exception {
        assertEquals(401, get("nowhere").statusCode());
    }

    @Test
    void wrongMethodIs405WithAllow() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "echo"))
                .header("Authorization", basic("animateur", "demo")).DELETE());
        assertJsonError(r, 405, "Méthode non permise pour cette ressource");
        assertEquals("GET, POST", r.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void resourceErrorsWithProblems() throws Exception {
        HttpResponse<String> r = get("refusing", "Authorization", basic("animateur", "demo"));
        assertEquals(400, r.statusCode());
        assertEquals("{\"status\":400,\"message\":\"Document refusé\",\"problems\":[\"Le titre manque\","
                + "\"Période \\\"invalide\\\"\"]}", r.body());
    }

    @Test
    void failureIs500WithoutDetails() throws Exception {
        HttpResponse<String> r = get("failing", "Authorization", basic("animateur", "demo"));
        assertJsonError(r, 500, "Une erreur interne est survenue. L'incident a été consigné dans le journal.");
        assertFalse(r.body().contains("secret"));
    }

    @Test
    void rolesOfTheResourceAreChecked() throws Exception {
        assertJsonError(get("board", "Authorization", basic("animateur", "demo")), 403,
                "Vous n'avez pas accès à cette ressource.");
        assertEquals(200, get("board", "Authorization", basic("ca1", "demo")).statusCode());
    }

    @Test
    void identityServiceMissingIs503() throws Exception {
        IDENTITY_NOW.set(Optional.empty());
        HttpResponse<String> r = get("echo", "Authorization", basic("animateur", "demo"));
        assertJsonError(r, 503, "Le service n'est pas disponible pour l'instant. Réessayez dans un moment.");
    }

    @Test
    void verifiedCredentialsAreRememberedForAMinuteOnly() throws Exception {
        assertEquals(200, get("echo", "Authorization", basic("animateur", "demo")).statusCode());
        assertEquals(200, get("echo", "Authorization", basic("animateur", "demo")).statusCode());
        assertEquals(1, IDENTITY.calls.get());
        assertEquals(401, get("echo", "Authorization", basic("animateur", "other")).statusCode());
        assertEquals(2, IDENTITY.calls.get(), "another password is verified again");
        CLOCK.addAndGet(ApiServlet.CredentialCache.TTL_NANOS + 1);
        assertEquals(200, get("echo", "Authorization", basic("animateur", "demo")).statusCode());
        assertEquals(3, IDENTITY.calls.get());
    }

    @Test
    void helpers() {
        assertEquals(List.of("plans", "3"), ApiServlet.segments("//plans/3/"));
        assertEquals(List.of(), ApiServlet.segments(null));
        assertNull(ApiServlet.requestedLocale(null));
        assertNull(ApiServlet.requestedLocale("de"));
        assertEquals(Messages.ENGLISH, ApiServlet.requestedLocale("de, en;q=0.5"));
        assertEquals(Messages.FRENCH, ApiServlet.requestedLocale("fr-CA"));
        assertEquals("{\"status\":418,\"message\":\"a\\nb\\u0001\"}", ApiServlet.errorJson(418, "a\nb\u0001", List.of()));
        assertEquals("Erreur 418", ApiServlet.standardMessage(418, Messages.FRENCH));
    }

    /** Users animateur and ca1, password "demo". */
    static final class FakeIdentity extends UnsupportedIdentityService {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Optional<UserAccount> authenticate(String username, char[] password) {
            calls.incrementAndGet();
            if (!"demo".equals(new String(password))) {
                return Optional.empty();
            }
            return findUser(username);
        }

        @Override
        public Optional<UserAccount> findUser(String username) {
            return switch (username) {
                case "animateur" -> Optional.of(ANIMATEUR);
                case "ca1" -> Optional.of(CA1);
                default -> Optional.empty();
            };
        }

        @Override
        public List<String> regroupements() {
            return Stream.of(ANIMATEUR, CA1).map(UserAccount::regroupementId).distinct().sorted().toList();
        }

        @Override
        public List<UserAccount> usersOf(String regroupementId) {
            return List.of(ANIMATEUR, CA1);
        }

        @Override
        public boolean hasAdministrator() {
            return true;
        }
    }
}
