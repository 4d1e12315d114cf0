package ca.concerto.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.rest.api.RestException;
import ca.concerto.rest.api.RestRequest;
import ca.concerto.rest.api.RestResource;
import ca.concerto.rest.api.RestResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API at {@code /api/*}: authenticates each call with HTTP Basic against the platform's
 * users, hands it to the {@link RestResource} named by the first path segment, and writes errors as
 * {@code {"status":404,"message":"Ressource introuvable"}} in French (English on
 * {@code Accept-Language: en}). Stateless: no HTTP session is ever created.
 */
public final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    /** The largest request body read. */
    static final int MAX_BODY = 16 * 1024 * 1024;
    static final String REALM = "Basic realm=\"Concerto\", charset=\"UTF-8\"";

    /** The resources served, by their first path segment. */
    @FunctionalInterface
    public interface Resources {
        Optional<RestResource> find(String path);
    }

    private final transient Resources resources;
    private final transient Supplier<Optional<IdentityService>> identity;
    private final transient CredentialCache cache;

    /** The servlet of the running host: resources and identity from the OSGi registry. */
    public ApiServlet() {
        this(RestRegistry.get(), () -> HostServices.service(IdentityService.class), new CredentialCache(System::nanoTime));
    }

    ApiServlet(Resources resources, Supplier<Optional<IdentityService>> identity, CredentialCache cache) {
        this.resources = resources;
        this.identity = identity;
        this.cache = cache;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        Locale asked = requestedLocale(req.getHeader("Accept-Language"));
        Locale locale = asked != null ? asked : Messages.FRENCH;
        try {
            UserAccount user = authenticate(req.getHeader("Authorization"), locale);
            if (asked == null) {
                locale = Messages.forLanguage(user.language());
            }
            List<String> segments = segments(req.getPathInfo());
            if (segments.isEmpty()) {
                throw new RestException(404, null);
            }
            RestResource resource = resources.find(segments.get(0)).orElseThrow(() -> new RestException(404, null));
            if (!resource.allowedRoles().isEmpty() && resource.allowedRoles().stream().noneMatch(user::hasRole)) {
                throw new RestException(403, null);
            }
            RestRequest request = new RestRequest(req.getMethod().toUpperCase(Locale.ROOT),
                    segments.subList(1, segments.size()), query(req.getQueryString()), headers(req),
                    body(req), user, locale, baseUri(req, segments.get(0)));
            RestResponse response = resource.handle(request);
            if (response == null) {
                throw new IllegalStateException("Resource /api/" + segments.get(0) + " returned no response");
            }
            write(resp, response);
        } catch (RestException e) {
            writeError(resp, e, locale);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("REST {} {} failed", req.getMethod(), req.getRequestURI(), e);
            writeError(resp, new RestException(500, Messages.get(locale, "api.error")), locale);
        }
    }

    /** The account for an {@code Authorization} header, or a 401/503 {@link RestException}. */
    UserAccount authenticate(String authorization, Locale locale) {
        Credentials credentials = Credentials.parse(authorization)
                .orElseThrow(() -> new RestException(401, Messages.get(locale, "api.unauthorized")));
        Optional<UserAccount> cached = cache.get(credentials);
        if (cached.isPresent()) {
            return cached.get();
        }
        IdentityService service = identity.get()
                .orElseThrow(() -> new RestException(503, Messages.get(locale, "api.unavailable")));
        char[] password = credentials.password().toCharArray();
        UserAccount user = service.authenticate(credentials.username(), password)
                .orElseThrow(() -> new RestException(401, Messages.get(locale, "api.unauthorized")));
        cache.put(credentials, user);
        return user;
    }

    /** English when the caller's first known language is English; French when French; null when it says nothing we know. */
    static Locale requestedLocale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.equals("en") || tag.startsWith("en-")) {
                    return Messages.ENGLISH;
                }
                if (tag.equals("fr") || tag.startsWith("fr-")) {
                    return Messages.FRENCH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // answer in French
        }
        return null;
    }

    /** The non-empty path segments of {@code /plans/12/}: {@code [plans, 12]}. */
    static List<String> segments(String pathInfo) {
        List<String> out = new ArrayList<>();
        if (pathInfo != null) {
            for (String s : pathInfo.split("/")) {
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Decoded query parameters, values in order. */
    static Map<String, List<String>> query(String queryString) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return out;
        }
        try {
            for (String pair : queryString.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            throw new RestException(400, null);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    private static Map<String, String> headers(HttpServletRequest req) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            if (!name.equalsIgnoreCase("Authorization")) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), req.getHeader(name));
            }
        }
        return out;
    }

    private static byte[] body(HttpServletRequest req) throws IOException {
        long declared = req.getContentLengthLong();
        if (declared > MAX_BODY) {
            throw new RestException(413, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
        try (InputStream in = req.getInputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BODY) {
                    throw new RestException(413, null);
                }
            }
        }
        return out.toByteArray();
    }

    private static String baseUri(HttpServletRequest req, String path) {
        StringBuffer url = req.getRequestURL();
        String origin = url.substring(0, url.length() - req.getRequestURI().length());
        return origin + req.getContextPath() + req.getServletPath() + "/"
                + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    private static void write(HttpServletResponse resp, RestResponse response) throws IOException {
        resp.setStatus(response.status());
        response.headers().forEach(resp::setHeader);
        if (response.body().length > 0 || response.status() != 204) {
            resp.setContentType(response.contentType());
            resp.setContentLength(response.body().length);
            resp.getOutputStream().write(response.body());
        }
    }

    private static void writeError(HttpServletResponse resp, RestException e, Locale locale) throws IOException {
        if (resp.isCommitted()) {
            LOG.warn("REST error {} after the response was committed", e.status());
            return;
        }
        resp.reset();
        resp.setHeader("Cache-Control", "no-store");
        if (e.status() == 401) {
            resp.setHeader("WWW-Authenticate", REALM);
        }
        if (e.status() == 405 && !e.allowedMethods().isEmpty()) {
            resp.setHeader("Allow", String.join(", ", new TreeSet<>(e.allowedMethods())));
        }
        String message = e.getMessage() != null ? e.getMessage() : standardMessage(e.status(), locale);
        byte[] body = errorJson(e.status(), message, e.problems()).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(e.status());
        resp.setContentType(RestResponse.JSON);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static String standardMessage(int status, Locale locale) {
        String key = switch (status) {
            case 400 -> "api.badRequest";
            case 401 -> "api.unauthorized";
            case 403 -> "api.forbidden";
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 413 -> "api.tooLarge";
            case 503 -> "api.unavailable";
            case 500 -> "api.error";
            default -> null;
        };
        return key == null ? Messages.get(locale, "api.status", String.valueOf(status)) : Messages.get(locale, key);
    }

    /** {@code {"status":404,"message":"...","problems":["..."]}}, problems only when there are some. */
    static String errorJson(int status, String message, List<String> problems) {
        StringBuilder sb = new StringBuilder("{\"status\":").append(status).append(",\"message\":");
        quote(sb, message);
        if (!problems.isEmpty()) {
            sb.append(",\"problems\":[");
            for (int i = 0; i < problems.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                quote(sb, problems.get(i));
            }
            sb.append(']');
        }
        return sb.append('}').toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** A username and password from an HTTP Basic header. */
    record Credentials(String username, String password) {
        static Optional<Credentials> parse(String authorization) {
            if (authorization == null || authorization.length() < 6
                    || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon <= 0) {
                    return Optional.empty();
                }
                return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * Accounts of credentials that were verified in the last minute. Passwords are hashed slowly on
     * purpose (PBKDF2), which a client calling several times a second would pay on every call; only
     * a keyed digest of the credentials is kept, never the password.
     */
    static final class CredentialCache {
        static final long TTL_NANOS = 60_000_000_000L;
        static final int MAX_ENTRIES = 10_000;

        private record Entry(byte[] digest, UserAccount user, long expires) {
        }

        private final Map<String, Entry> entries = new ConcurrentHashMap<>();
        private final byte[] key = new byte[32];
        private final LongSupplier clock;

        CredentialCache(LongSupplier clock) {
            this.clock = clock;
            new SecureRandom().nextBytes(key);
        }

        Optional<UserAccount> get(Credentials c) {
            Entry e = entries.get(c.username());
            if (e == null) {
                return Optional.empty();
            }
            if (clock.getAsLong() - e.expires() > 0) {
                entries.remove(c.username(), e);
                return Optional.empty();
            }
            return MessageDigest.isEqual(e.digest(), digest(c)) ? Optional.of(e.user()) : Optional.empty();
        }

        void put(Credentials c, UserAccount user) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(c.username(), new Entry(digest(c), user, clock.getAsLong() + TTL_NANOS));
        }

        private byte[] digest(Credentials c) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                md.update(key);
                md.update(c.username().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(c.password().getBytes(StandardCharsets.UTF_8));
                return md.digest();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
