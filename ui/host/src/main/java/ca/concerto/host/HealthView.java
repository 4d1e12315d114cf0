package ca.concerto.host;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ca.concerto.health.api.HealthCheck;
import ca.concerto.health.api.HealthReport;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Administrators: the platform's health. Every {@link HealthCheck} service is run (the database,
 * the workflow engine) and said in words, with what it measured; a check that should be there and
 * is not (its bundle stopped) is a problem too. Then the bundles that are not active.
 */
@Route(value = "admin/health", layout = MainLayout.class)
public class HealthView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** The checks the platform's own bundles provide; their absence means a core bundle is down. */
    static final List<String> EXPECTED = List.of("database", "engine");

    /** One check's outcome, or null when no service provides it. */
    record CheckResult(String id, HealthReport report) {
    }

    private final VerticalLayout content = new VerticalLayout();

    public HealthView() {
        setWidthFull();
        content.setPadding(false);
        Button refresh = new Button(getTranslation("health.refresh"), e -> load());
        refresh.setId("health-refresh");
        add(new H2(getTranslation("health.title")), refresh, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    private void load() {
        content.removeAll();
        BundleContext ctx = HostServices.context().orElse(null);
        if (ctx == null) {
            content.add(new Paragraph(getTranslation("health.noRuntime")));
            return;
        }
        List<CheckResult> results = run(ctx);
        long problems = results.stream().filter(r -> r.report() == null || !r.report().healthy()).count();
        List<Bundle> inactive = inactiveBundles(ctx.getBundles());
        Paragraph summary = new Paragraph(problems == 0 && inactive.isEmpty() ? getTranslation("health.allGood")
                : getTranslation("health.problems", problems + inactive.size()));
        summary.setId("health-summary");
        summary.getStyle().set("font-weight", "bold");
        content.add(summary);
        for (CheckResult result : results) {
            content.add(section(result));
        }
        content.add(bundles(ctx.getBundles().length, inactive));
    }

    /** Each check of a service, plus the expected ones no service provides. */
    static List<CheckResult> run(BundleContext ctx) {
        List<CheckResult> results = new ArrayList<>();
        Collection<ServiceReference<HealthCheck>> refs;
        try {
            refs = ctx.getServiceReferences(HealthCheck.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<HealthCheck> ref : refs) {
            HealthCheck check = ctx.getService(ref);
            if (check == null) {
                continue;
            }
            try {
                HealthReport report;
                try {
                    report = check.check();
                } catch (RuntimeException e) {
                    report = HealthReport.failing(e.getClass().getSimpleName() + ": " + e.getMessage(), Map.of());
                }
                results.add(new CheckResult(check.id(), report));
            } finally {
                ctx.ungetService(ref);
            }
        }
        for (String id : EXPECTED) {
            if (results.stream().noneMatch(r -> r.id().equals(id))) {
                results.add(new CheckResult(id, null));
            }
        }
        results.sort(Comparator.comparing(CheckResult::id));
        return results;
    }

    private VerticalLayout section(CheckResult result) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        section.setId("health-" + result.id());
        section.add(new H3(translated("health.check." + result.id(), result.id())));
        Paragraph state = new Paragraph();
        state.setId("health-" + result.id() + "-state");
        HealthReport report = result.report();
        if (report == null) {
            state.setText(getTranslation("health.state.missing"));
            section.add(state);
            return section;
        }
        state.setText(getTranslation(report.healthy() ? "health.state.healthy" : "health.state.failing"));
        section.add(state);
        UnorderedList facts = new UnorderedList();
        facts.setId("health-" + result.id() + "-facts");
        report.facts().forEach((key, value) -> facts.add(new ListItem(getTranslation("health.fact",
                translated("health.fact." + key, key), translated("health.fact." + key + "." + value, value)))));
        section.add(facts);
        if (report.problem() != null) {
            Paragraph problem = new Paragraph(getTranslation("health.problem", report.problem()));
            problem.setId("health-" + result.id() + "-problem");
            section.add(problem);
        }
        return section;
    }

    /** Bundles that should be active and are not (fragments are never active: they are left out). */
    static List<Bundle> inactiveBundles(Bundle[] bundles) {
        List<Bundle> out = new ArrayList<>();
        for (Bundle b : bundles) {
            boolean fragment = b.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && b.getState() != Bundle.ACTIVE) {
                out.add(b);
            }
        }
        return out;
    }

    private VerticalLayout bundles(int total, List<Bundle> inactive) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("health-bundles");
        section.add(new H3(getTranslation("health.bundles")));
        Paragraph count = new Paragraph(getTranslation("health.bundles.count", total - inactive.size(), total));
        count.setId("health-bundles-count");
        section.add(count);
        if (!inactive.isEmpty()) {
            Grid<Bundle> grid = new Grid<>();
            grid.setId("health-bundles-inactive");
            grid.addColumn(Bundle::getSymbolicName).setHeader(getTranslation("modules.name")).setAutoWidth(true);
            grid.addColumn(b -> getTranslation("bundle.state." + ModulesView.stateName(b.getState())))
                    .setHeader(getTranslation("modules.state")).setAutoWidth(true);
            grid.setItems(inactive);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel(getTranslation("health.bundles.inactive"));
            section.add(grid);
        }
        return section;
    }

    /** The translation of {@code key}, or {@code fallback} when the bundle has none. */
    private String translated(String key, String fallback) {
        String text = getTranslation(key);
        return text.equals("!" + key) ? fallback : text; // Messages marks a missing key so
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.title");
    }
}
