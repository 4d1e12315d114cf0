package ca.concerto.rest.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ca.concerto.identity.api.UserAccount;

/**
 * One authenticated call to a {@link RestResource}.
 *
 * @param method      the HTTP method, upper case ({@code "GET"}, {@code "POST"}...)
 * @param segments    the decoded path segments after the resource's own, without empty ones:
 *                    {@code []} for {@code /api/plans}, {@code ["12", "decisions"]} for
 *                    {@code /api/plans/12/decisions}
 * @param query       the decoded query parameters, each with its values in order
 * @param headers     the request headers, names in lower case, each with its first value
 * @param body        the request body, empty when none
 * @param user        the authenticated user
 * @param locale      the language to answer in: French of Québec unless the caller asked for English
 * @param baseUri     the resource's own absolute URI, such as {@code http://host:8080/api/plans},
 *                    for {@code Location} headers and links
 */
public record RestRequest(String method, List<String> segments, Map<String, List<String>> query,
                          Map<String, String> headers, byte[] body, UserAccount user, Locale locale,
                          String baseUri) {

    public RestRequest {
        segments = List.copyOf(segments);
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The tenant the call works in: the authenticated user's regroupement. */
    public String regroupementId() {
        return user.regroupementId();
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A header by name, in any case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the user's language for this call is English. */
    public boolean english() {
        return "en".equals(locale.getLanguage());
    }
}
