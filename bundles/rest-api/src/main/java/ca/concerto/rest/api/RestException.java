package ca.concerto.rest.api;

import java.util.List;
import java.util.Set;

/**
 * An answer in error, which the host writes as
 * {@code {"status":404,"message":"Plan introuvable"}}, with {@code "problems":[...]} when there are
 * any (such as the reasons a submitted document was refused).
 *
 * <p>The message is for people, in the request's language ({@link RestRequest#locale()}); when it
 * is {@code null} the host writes its own standard text for the status ("Ressource introuvable",
 * "Méthode non permise"...).
 */
public class RestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> problems;
    private final Set<String> allowedMethods;

    public RestException(int status, String message) {
        this(status, message, List.of(), Set.of());
    }

    public RestException(int status, String message, List<String> problems) {
        this(status, message, problems, Set.of());
    }

    private RestException(int status, String message, List<String> problems, Set<String> allowedMethods) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("Not an error status: " + status);
        }
        this.status = status;
        this.problems = List.copyOf(problems);
        this.allowedMethods = Set.copyOf(allowedMethods);
    }

    /** 404 with that message ({@code null} for the host's standard text). */
    public static RestException notFound(String message) {
        return new RestException(404, message);
    }

    /** 400 with that message and the problems found, each a sentence for people. */
    public static RestException badRequest(String message, List<String> problems) {
        return new RestException(400, message, problems);
    }

    /** 405 with the host's standard text and an {@code Allow} header listing the methods that work. */
    public static RestException methodNotAllowed(String... allowed) {
        return new RestException(405, null, List.of(), Set.of(allowed));
    }

    public int status() {
        return status;
    }

    public List<String> problems() {
        return problems;
    }

    /** For 405: the methods the path accepts. */
    public Set<String> allowedMethods() {
        return allowedMethods;
    }
}
