package ca.concerto.host;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Administrators: the installed bundles and the module errors collected since the start. */
@Route(value = "admin/modules", layout = MainLayout.class)
public class ModulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** One line of the bundle table. */
    public record BundleRow(long id, String symbolicName, String version, String state, String location,
                            boolean fromModules) {
    }

    private final Grid<BundleRow> bundles = new Grid<>();
    private final Grid<ModuleMonitor.ModuleError> errors = new Grid<>();
    private final Grid<ModuleMonitor.ModuleFile> files = new Grid<>();
    private final Paragraph summary = new Paragraph();

    public ModulesView() {
        setWidthFull();
        bundles.addColumn(BundleRow::id).setHeader(getTranslation("modules.id")).setAutoWidth(true).setFlexGrow(0);
        bundles.addColumn(BundleRow::symbolicName).setHeader(getTranslation("modules.name")).setAutoWidth(true);
        bundles.addColumn(BundleRow::version).setHeader(getTranslation("modules.version")).setAutoWidth(true);
        bundles.addColumn(BundleRow::state).setHeader(getTranslation("modules.state")).setAutoWidth(true);
        bundles.addColumn(r -> getTranslation(r.fromModules() ? "modules.origin.modules" : "modules.origin.core"))
                .setHeader(getTranslation("modules.origin")).setAutoWidth(true);
        bundles.addColumn(BundleRow::location).setHeader(getTranslation("modules.location"));
        bundles.setAllRowsVisible(true);
        errors.addColumn(e -> e.time().toString().replace('T', ' ')).setHeader(getTranslation("modules.errors.time"))
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ModuleMonitor.ModuleError::source).setHeader(getTranslation("modules.errors.source"))
                .setAutoWidth(true);
        errors.addColumn(ModuleMonitor.ModuleError::message).setHeader(getTranslation("modules.errors.message"));
        errors.setAllRowsVisible(true);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        files.addColumn(ModuleMonitor.ModuleFile::name).setHeader(getTranslation("modules.files.name")).setAutoWidth(true);
        files.addColumn(f -> f.bundle() ? f.symbolicName() : getTranslation("modules.files.notBundle"))
                .setHeader(getTranslation("modules.files.status"));
        files.setAllRowsVisible(true);
        files.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Button refresh = new Button(getTranslation("modules.refresh"), e -> load());
        refresh.setId("modules-refresh");
        bundles.setId("modules-bundles");
        files.setId("modules-files");
        errors.setId("modules-errors");
        summary.setId("modules-summary");
        add(new H2(getTranslation("modules.title")), summary, refresh, bundles,
                new H3(getTranslation("modules.files.title")), files,
                new H3(getTranslation("modules.errors.title")), errors);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    private void load() {
        try {
            List<BundleRow> rows = new ArrayList<>();
            ModuleMonitor monitor = HostServices.monitor();
            BundleContext ctx = HostServices.context().orElse(null);
            if (ctx != null) {
                for (Bundle b : ctx.getBundles()) {
                    rows.add(new BundleRow(b.getBundleId(), String.valueOf(b.getSymbolicName()),
                            String.valueOf(b.getVersion()), getTranslation("bundle.state." + stateName(b.getState())),
                            b.getLocation(), monitor != null && monitor.isFromModules(b)));
                }
            }
            bundles.setItems(rows);
            if (monitor != null) {
                monitor.diagnose();
                errors.setItems(monitor.errors());
                files.setItems(monitor.moduleFiles());
            }
            summary.setText(getTranslation("modules.summary", rows.size(),
                    HostServices.config() == null ? "" : HostServices.config().modules().toString()));
        } catch (RuntimeException e) {
            summary.setText(getTranslation("modules.loadError", String.valueOf(e.getMessage())));
        }
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNKNOWN";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modules.title");
    }
}
