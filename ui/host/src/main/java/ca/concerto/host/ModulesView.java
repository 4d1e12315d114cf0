package ca.concerto.host;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Administrators: the installed bundles and the module errors collected since the start; a module
 * is installed or updated by uploading its jar, and uninstalled from the list of module files.
 */
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
    private final Paragraph uploadResult = new Paragraph();
    private final VerticalLayout confirmation = new VerticalLayout();
    private UI ui;
    private Upload upload;

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
        files.addComponentColumn(f -> {
            Button remove = new Button(getTranslation("modules.uninstall"), e -> confirmUninstall(f.name()));
            remove.setId("modules-uninstall-" + f.name().replaceAll("[^A-Za-z0-9_-]", "-"));
            remove.getElement().setAttribute("aria-label", getTranslation("modules.uninstall.aria", f.name()));
            return remove;
        }).setHeader(getTranslation("modules.actions")).setAutoWidth(true).setFlexGrow(0);
        files.setAllRowsVisible(true);
        files.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Button refresh = new Button(getTranslation("modules.refresh"), e -> load());
        refresh.setId("modules-refresh");
        bundles.setId("modules-bundles");
        files.setId("modules-files");
        errors.setId("modules-errors");
        summary.setId("modules-summary");
        addAttachListener(e -> ui = e.getUI());
        uploadResult.setId("modules-upload-result");
        confirmation.setId("modules-uninstall-confirmation");
        confirmation.setPadding(false);
        confirmation.setVisible(false);
        uploadResult.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("modules.title")), summary, refresh,
                new H3(getTranslation("modules.upload.title")), new Paragraph(getTranslation("modules.upload.help")),
                upload(), uploadResult, confirmation, bundles,
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

    private Upload upload() {
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> installed(metadata.fileName(), bytes)));
        upload.setId("modules-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".jar");
        upload.setMaxFileSize(64 * 1024 * 1024);
        UploadI18N i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("modules.upload.add"))
                        .setMany(getTranslation("modules.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("modules.upload.drop"))
                        .setMany(getTranslation("modules.upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("modules.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("modules.upload.tooBig"))
                        .setIncorrectFileType(getTranslation("modules.upload.wrongType")))
                .setFile(new UploadI18N.File().setRetry(getTranslation("modules.upload.retry"))
                        .setStart(getTranslation("modules.upload.start"))
                        .setRemove(getTranslation("modules.upload.remove")))
                .setUnits(java.util.List.of("o", "Ko", "Mo", "Go", "To"));
        upload.setI18n(i18n);
        return upload;
    }

    /** The uploaded jar, checked and placed in the modules folder; the folder's watcher installs it. */
    private void installed(String fileName, byte[] bytes) {
        UI current = ui;
        if (current == null) {
            return;
        }
        String text;
        String key;
        Object[] args;
        try {
            String symbolicName = moduleFiles().install(fileName, bytes);
            key = "modules.upload.done";
            args = new Object[] {fileName, symbolicName};
        } catch (ModuleFiles.RefusedModuleException e) {
            key = e.reasonKey();
            args = new Object[] {fileName};
        } catch (java.io.IOException | RuntimeException e) {
            key = "modules.upload.failed";
            args = new Object[] {fileName, String.valueOf(e.getMessage())};
        }
        String messageKey = key;
        Object[] messageArgs = args;
        current.access(() -> {
            // the line below says the outcome; a full upload list would grey out the next upload
            upload.clearFileList();
            uploadResult.setText(getTranslation(messageKey, messageArgs));
            load();
        });
    }

    /** Asks in place, under the upload, before removing the file (no overlay: the page stays readable). */
    private void confirmUninstall(String fileName) {
        confirmation.removeAll();
        Paragraph question = new Paragraph(getTranslation("modules.uninstall.confirm", fileName) + " "
                + getTranslation("modules.uninstall.detail"));
        Button confirm = new Button(getTranslation("modules.uninstall"), e -> {
            confirmation.removeAll();
            confirmation.setVisible(false);
            try {
                boolean removed = moduleFiles().uninstall(fileName);
                uploadResult.setText(getTranslation(removed ? "modules.uninstall.done" : "modules.uninstall.gone",
                        fileName));
            } catch (ModuleFiles.RefusedModuleException | java.io.IOException ex) {
                uploadResult.setText(getTranslation("modules.uninstall.failed", fileName, ex.getMessage()));
            }
            load();
        });
        confirm.setId("modules-uninstall-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("modules.uninstall.keep"), e -> {
            confirmation.removeAll();
            confirmation.setVisible(false);
        });
        keep.setId("modules-uninstall-keep");
        confirmation.add(question, new HorizontalLayout(confirm, keep));
        confirmation.setVisible(true);
        confirm.focus();
    }

    private static ModuleFiles moduleFiles() {
        return new ModuleFiles(HostServices.config().modules());
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
