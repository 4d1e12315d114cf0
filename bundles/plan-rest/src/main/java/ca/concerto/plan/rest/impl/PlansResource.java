package ca.concerto.plan.rest.impl;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.interchange.InvalidPlanFileException;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.interchange.Problem;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.rest.api.RestException;
import ca.concerto.rest.api.RestRequest;
import ca.concerto.rest.api.RestResource;
import ca.concerto.rest.api.RestResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code /api/plans}: the plans of the caller's regroupement. A plan of another regroupement, an
 * unknown id and an id that is no number all answer 404 "Plan introuvable".
 *
 * <p>Each endpoint is one {@link Route}: a method, a path pattern and a handler; add new endpoints
 * to the list in the constructor. {@link PlanService} (list, outline, decisions) is mandatory.
 * {@link PlanDocumentService} and {@link PlanInterchange} (the document in the interchange format,
 * import, versions, diffs) are optional dynamic references: while either is absent (its bundle
 * restarting or being updated, its component not yet satisfied) the routes that need it answer 503
 * and the others keep working, and the resource is not restarted when they come back.
 */
@Component(service = RestResource.class)
public class PlansResource implements RestResource {

    static final String PATH = "plans";
    private static final String MESSAGES = "ca.concerto.plan.rest.impl.messages";
    /** Who may import a plan file (POST). */
    static final Set<Role> IMPORTERS = Set.of(Role.FACILITATOR, Role.ADMINISTRATOR);

    private final PlanService plans;
    private final List<Route> routes;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PlanDocumentService documents;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PlanInterchange interchange;

    @Activate
    public PlansResource(@Reference PlanService plans) {
        this.plans = plans;
        this.routes = List.of(
                new Route("GET", List.of(), this::list),
                new Route("POST", List.of(), this::importPlan),
                new Route("GET", List.of(Route.ID), this::document),
                new Route("GET", List.of(Route.ID, "outline"), this::outline),
                new Route("GET", List.of(Route.ID, "decisions"), this::decisions),
                new Route("GET", List.of(Route.ID, "versions"), this::versions),
                new Route("GET", List.of(Route.ID, "versions", "{n}"), this::versionDocument),
                new Route("GET", List.of(Route.ID, "versions", "{a}", "diff", "{b}"), this::diff));
    }

    /** For tests: the resource with its optional services (either may be null). */
    PlansResource(PlanService plans, PlanDocumentService documents, PlanInterchange interchange) {
        this(plans);
        this.documents = documents;
        this.interchange = interchange;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public RestResponse handle(RestRequest request) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (route.matches(request.segments())) {
                if (route.method().equals(request.method())) {
                    try {
                        return route.handler().handle(request);
                    } catch (PlanNotFoundException e) {
                        throw planNotFound(request.locale());
                    }
                }
                allowed.add(route.method());
            }
        }
        if (allowed.isEmpty()) {
            throw RestException.notFound(null);
        }
        throw RestException.methodNotAllowed(allowed.toArray(String[]::new));
    }

    private RestResponse list(RestRequest request) {
        return RestResponse.ok(PlanJson.list(plans.listPlans(request.regroupementId()), request.baseUri()));
    }

    /** The working document in the interchange format ({@link PlanInterchange#write}). */
    private RestResponse document(RestRequest request) {
        PlanSummary plan = find(request);
        PlanDocumentService documents = documents();
        PlanInterchange interchange = interchange();
        PlanDocument document = documents.document(request.regroupementId(), plan.id())
                .orElseThrow(() -> planNotFound(request.locale()));
        return RestResponse.ok(interchange.write(document));
    }

    /** The plan's record (status, revision...) with its objectives and their actions, in plan order. */
    private RestResponse outline(RestRequest request) {
        Plan plan = plans.findPlan(request.regroupementId(), idOf(request))
                .orElseThrow(() -> planNotFound(request.locale()));
        return RestResponse.ok(PlanJson.plan(plan, request.baseUri()));
    }

    private RestResponse decisions(RestRequest request) {
        PlanSummary plan = find(request);
        return RestResponse.ok(PlanJson.decisions(plans.decisions(request.regroupementId(), plan.id())));
    }

    /**
     * Imports a plan file as a new draft of the caller's regroupement (version 1): 201 with its
     * summary, or 400 with every problem of the file and nothing stored.
     */
    private RestResponse importPlan(RestRequest request) {
        if (IMPORTERS.stream().noneMatch(request.user()::hasRole)) {
            throw new RestException(403, text(request.locale(), "plan.import.forbidden"));
        }
        PlanDocumentService documents = documents();
        PlanInterchange interchange = interchange();
        PlanDocument document;
        try {
            document = interchange.read(request.bodyText());
        } catch (InvalidPlanFileException e) {
            return invalidFile(request.locale(), e.problems());
        }
        PlanSummary summary;
        try {
            summary = documents.importDocument(request.regroupementId(), document, request.user().username());
        } catch (IllegalArgumentException e) {
            // the store refused what the format accepts (a text too long for it...): nothing stored
            return invalidFile(request.locale(), List.of(new Problem("$", String.valueOf(e.getMessage()))));
        }
        List<PlanVersion> versions = documents.versions(request.regroupementId(), summary.id());
        String fingerprint = versions.isEmpty() ? null : versions.getLast().fingerprint();
        return RestResponse.created(request.baseUri() + "/" + summary.id(),
                PlanJson.summary(summary, request.baseUri(), fingerprint));
    }

    private static RestResponse invalidFile(Locale locale, List<Problem> problems) {
        String message = text(locale, problems.size() == 1 ? "plan.import.invalid.one" : "plan.import.invalid",
                problems.size());
        return RestResponse.json(400, PlanJson.invalidFile(message, problems));
    }

    private RestResponse versions(RestRequest request) {
        PlanSummary plan = find(request);
        List<PlanVersion> versions = documents().versions(request.regroupementId(), plan.id());
        return RestResponse.ok(PlanJson.versions(versions, request.baseUri() + "/" + plan.id() + "/versions"));
    }

    private RestResponse versionDocument(RestRequest request) {
        PlanSummary plan = find(request);
        PlanDocumentService documents = documents();
        PlanInterchange interchange = interchange();
        return RestResponse.ok(interchange.write(version(request, documents, plan, request.segments().get(2))));
    }

    /** What changed from version {a} to version {b} (either order; equal numbers give an empty diff). */
    private RestResponse diff(RestRequest request) {
        PlanSummary plan = find(request);
        PlanDocumentService documents = documents();
        PlanInterchange interchange = interchange();
        int a = versionNumber(request, request.segments().get(2));
        int b = versionNumber(request, request.segments().get(4));
        PlanDocument older = version(request, documents, plan, request.segments().get(2));
        PlanDocument newer = version(request, documents, plan, request.segments().get(4));
        return RestResponse.ok(PlanJson.diff(plan.id(), a, b, interchange.diff(older, newer)));
    }

    private static PlanDocument version(RestRequest request, PlanDocumentService documents, PlanSummary plan,
                                        String segment) {
        int number = versionNumber(request, segment);
        return documents.versionDocument(request.regroupementId(), plan.id(), number)
                .orElseThrow(() -> versionNotFound(request.locale()));
    }

    private static int versionNumber(RestRequest request, String segment) {
        return parsePositiveInt(segment).orElseThrow(() -> versionNotFound(request.locale()));
    }

    /** The record of the plan of the first segment in the caller's regroupement, or 404. */
    private PlanSummary find(RestRequest request) {
        return plans.findSummary(request.regroupementId(), idOf(request)).orElseThrow(() -> planNotFound(request.locale()));
    }

    private long idOf(RestRequest request) {
        return planId(request.segments().get(0)).orElseThrow(() -> planNotFound(request.locale()));
    }

    private PlanDocumentService documents() {
        PlanDocumentService service = documents;
        if (service == null) {
            throw new RestException(503, null);
        }
        return service;
    }

    private PlanInterchange interchange() {
        PlanInterchange service = interchange;
        if (service == null) {
            throw new RestException(503, null);
        }
        return service;
    }

    static OptionalLong planId(String segment) {
        try {
            long id = Long.parseLong(segment);
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalInt parsePositiveInt(String segment) {
        try {
            int n = Integer.parseInt(segment);
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static RestException planNotFound(Locale locale) {
        return RestException.notFound(text(locale, "plan.notFound"));
    }

    static RestException versionNotFound(Locale locale) {
        return RestException.notFound(text(locale, "plan.version.notFound"));
    }

    /** The message of that key in the locale's language (French by default), formatted with {@link MessageFormat}. */
    static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(MESSAGES, locale, PlansResource.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** One endpoint: method and path pattern (a segment in braces stands for any segment, checked by the handler). */
    record Route(String method, List<String> pattern, Handler handler) {
        static final String ID = "{id}";

        boolean matches(List<String> segments) {
            if (segments.size() != pattern.size()) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                if (!pattern.get(i).startsWith("{") && !pattern.get(i).equals(segments.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    @FunctionalInterface
    interface Handler {
        RestResponse handle(RestRequest request);
    }
}
