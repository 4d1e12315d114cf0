package ca.concerto.ui.plans.impl;

import java.util.List;
import java.util.Optional;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.CommitteeConflictException;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.PlanDocument;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

/**
 * A plan's committees (comités, chantiers, tables de concertation) with their members, at
 * {@code plan-committees/<id>}: facilitators add, correct and remove them; others read them. Each save
 * writes one committee, and only as it was shown: when someone else saved it meanwhile, nothing is
 * written and what was typed stays in the form.
 */
public class CommitteesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PlanService plans;
    private final transient PlanDocumentService documents;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;

    private final Grid<Committee> grid = new Grid<>();
    private final Paragraph hint = new Paragraph();
    private final VerticalLayout formPane = new VerticalLayout();
    private final H3 formHeading = new H3();
    private final CommitteeForm form;
    private final FormAlert error = new FormAlert("committees-error");
    private final Button save;
    private final Button removeButton;

    private String pageTitle;
    private PlanSummary plan;
    private transient PlanDocument header;
    private boolean editable;
    /** The committee as it was read when the form was filled; null for a new one. */
    private transient Committee expected;

    public CommitteesView(PlanService plans, PlanDocumentService documents, ViewContext context) {
        this.plans = plans;
        this.documents = documents;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        this.pageTitle = messages.format("page.title", messages.get("committees.title"));
        this.form = new CommitteeForm(messages);
        setId("committees-view");

        grid.setId("committees-grid");
        grid.addColumn(Committee::name).setHeader(messages.get("directory.column.name")).setFlexGrow(3);
        grid.addColumn(c -> c.meetingFrequency() == null ? "" : c.meetingFrequency())
                .setHeader(messages.get("committees.field.frequency")).setFlexGrow(2);
        grid.addColumn(c -> messages.format("committees.memberCount", c.members().size()))
                .setHeader(messages.get("committees.members"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(messages.get("committees.list"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            } else if (expected != null) {
                formPane.setVisible(false);
                hint.setVisible(true);
            }
        });
        hint.setId("committees-hint");

        save = new Button(messages.get("committees.save"), e -> save());
        save.setId("committees-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(messages.get("committees.cancel"), e -> close());
        cancel.setId("committees-cancel");
        removeButton = new Button(messages.get("committees.remove"), e -> confirmRemove());
        removeButton.setId("committees-remove");
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel, removeButton);
        buttons.setWrap(true);
        formHeading.setId("committees-form-heading");
        formPane.setId("committees-form-pane");
        formPane.setPadding(false);
        formPane.add(formHeading, form, error, buttons);
    }

    @Override
    public void setParameter(BeforeEvent event, Long planId) {
        show(planId);
    }

    /** Shows the committees of that plan of the user's regroupement, or "Plan introuvable". */
    public void show(Long planId) {
        removeAll();
        Optional<PlanSummary> found = planId == null ? Optional.empty()
                : plans.findSummary(user.regroupementId(), planId);
        Optional<PlanDocument> content = found.flatMap(p -> documents.header(user.regroupementId(), p.id()));
        if (found.isEmpty() || content.isEmpty()) {
            plan = null;
            pageTitle = PlanPageParts.notFound(this, messages, "committees-back");
            return;
        }
        plan = found.get();
        String title = messages.format("committees.heading", plan.title());
        pageTitle = messages.format("page.title", title);
        editable = PlanPageParts.editable(user, plan.status());
        H2 heading = new H2(title);
        heading.setId("committees-heading");
        add(PlanPageParts.link(Routes.plan(plan.id()), messages.get("editor.back"), "committees-back"), heading);
        PlanPageParts.notice(messages, user, plan.status(), "committees.readOnly.role", "committees-notice")
                .ifPresent(this::add);
        Button addCommittee = new Button(messages.get("committees.add"), e -> open(null));
        addCommittee.setId("committees-add");
        addCommittee.setVisible(editable);
        form.setEditable(editable);
        save.setVisible(editable);
        removeButton.setVisible(editable);
        add(grid, hint, addCommittee, formPane);
        load(content.get());
        close();
    }

    private void load(PlanDocument loaded) {
        header = loaded;
        grid.setItems(loaded.committees());
        hint.setText(messages.get(loaded.committees().isEmpty() ? "committees.none"
                : editable ? "committees.hint" : "committees.hint.read"));
    }

    /** Fills the form with a committee of the list, or empty for a new one. */
    private void open(Committee chosen) {
        expected = chosen;
        error.clear();
        if (chosen == null) {
            grid.deselectAll();
            formHeading.setText(messages.get("committees.new"));
        } else {
            formHeading.setText(messages.format("committees.edit", chosen.name()));
        }
        form.edit(chosen, header.organizations(), plans.organizations(user.regroupementId()));
        removeButton.setVisible(editable && chosen != null);
        formPane.setVisible(true);
        hint.setVisible(false);
        if (editable) {
            form.nameField().focus();
        }
    }

    private void close() {
        expected = null;
        error.clear();
        grid.deselectAll();
        formPane.setVisible(false);
        hint.setVisible(true);
    }

    void save() {
        if (plan == null || !editable) {
            return;
        }
        error.clear();
        Committee changed = form.read();
        if (changed != null && written(() -> documents.saveCommittee(user.regroupementId(), plan.id(), expected,
                changed, form.newOrganizations(), user.username()), "committees.error.failed")) {
            reload(changed.key());
            context.success().accept(messages.format("committees.saved", changed.name()));
        }
    }

    /**
     * Runs one write; when it is refused, says why beside the form, which keeps what was typed.
     *
     * @param refusedKey what to say when the store finds the change invalid
     */
    private boolean written(Runnable write, String refusedKey) {
        try {
            write.run();
            return true;
        } catch (CommitteeConflictException e) {
            conflict(e);
        } catch (InvalidPlanStateException e) {
            error.show(messages.get("editor.readOnly.submitted"));
        } catch (PlanNotFoundException e) {
            error.show(messages.get("plan.notFound.detail"));
        } catch (IllegalArgumentException e) {
            error.show(messages.get(refusedKey));
        } catch (RuntimeException e) {
            error.show(messages.get("committees.error.failed"));
        }
        return false;
    }

    /**
     * Someone else saved or removed the committee meanwhile: the form keeps what this person typed, and
     * saving again replaces the other version (or adds the committee back), now knowingly.
     */
    private void conflict(CommitteeConflictException e) {
        expected = e.current();
        error.show(messages.get(e.current() == null ? "committees.conflict.removed" : "committees.conflict"));
        documents.header(user.regroupementId(), plan.id()).ifPresent(this::load);
    }

    private void confirmRemove() {
        if (expected == null) {
            return;
        }
        Committee removed = expected;
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("committees-remove-dialog");
        dialog.setHeader(messages.format("committees.remove.confirm", removed.name()));
        dialog.setText(messages.get("committees.remove.detail"));
        dialog.setCancelable(true);
        dialog.setCancelText(messages.get("editor.remove.keep"));
        dialog.setConfirmText(messages.get("committees.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> remove(removed));
        dialog.open();
    }

    void remove(Committee removed) {
        if (plan == null || !editable) {
            return;
        }
        error.clear();
        if (written(() -> documents.removeCommittee(user.regroupementId(), plan.id(), removed, user.username()),
                "committees.error.referenced")) {
            reload(null);
            context.success().accept(messages.format("committees.removed", removed.name()));
        }
    }

    /** Reads the plan's committees again, with {@code selectKey}'s open (else none). */
    private void reload(String selectKey) {
        Optional<PlanDocument> again = documents.header(user.regroupementId(), plan.id());
        if (again.isEmpty()) {
            show(plan.id());
            return;
        }
        load(again.get());
        close();
        if (selectKey != null) {
            again.get().committees().stream().filter(c -> c.key().equals(selectKey)).findFirst()
                    .ifPresent(grid::select);
        }
    }

    Grid<Committee> grid() {
        return grid;
    }

    CommitteeForm form() {
        return form;
    }

    FormAlert error() {
        return error;
    }

    VerticalLayout formPane() {
        return formPane;
    }

    List<Committee> listed() {
        return grid.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
