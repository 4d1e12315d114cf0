package ca.concerto.ui.plans.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.EditConflictException;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.PlanOutline;
import ca.concerto.plan.model.PlanOutline.Move;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

/**
 * The plan editor: the plan's hierarchy as a tree numbered by its template, and a form with every
 * field of the selected item. Items are added, removed, moved up or down, indented and outdented
 * by buttons and by keys (Alt+Maj+flèches, Inser, Suppr, as in a word processor's outline); every
 * change is written at once and the tree shows the stored plan again. Facilitators edit; others read.
 */
public class PlanEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PlanService plans;
    private final transient PlanDocumentService documents;
    private final transient Function<String, List<UserAccount>> people;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;

    private final TreeGrid<OutlineRow> tree = new TreeGrid<>();
    private final ItemForm form;
    private final Button addSibling;
    private final Button addChild;
    private final Button moveUp;
    private final Button moveDown;
    private final Button indent;
    private final Button outdent;
    private final Button remove;
    private final Button save;
    private final Button revert;

    private String pageTitle;
    private Plan plan;
    private transient PlanDocument document;
    private Map<String, Long> revisions = Map.of();
    private transient List<ca.concerto.plan.api.Organization> directory = List.of();
    private List<String> peopleNames = List.of();
    private Map<String, OutlineRow> rows = Map.of();
    private boolean editable;
    private boolean reselecting;

    public PlanEditorView(PlanService plans, PlanDocumentService documents,
                          Function<String, List<UserAccount>> people, ViewContext context) {
        this.plans = plans;
        this.documents = documents;
        this.people = people;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        this.pageTitle = messages.format("page.title", messages.get("editor.title"));
        this.form = new ItemForm(messages);
        setId("plan-editor");

        addSibling = tool("editor-add-sibling", "editor.addSibling", () -> add(false));
        addChild = tool("editor-add-child", "editor.addChild", () -> add(true));
        moveUp = tool("editor-move-up", "editor.moveUp", () -> move(Move.UP));
        moveDown = tool("editor-move-down", "editor.moveDown", () -> move(Move.DOWN));
        indent = tool("editor-indent", "editor.indent", () -> move(Move.INDENT));
        outdent = tool("editor-outdent", "editor.outdent", () -> move(Move.OUTDENT));
        remove = tool("editor-remove", "editor.remove", this::confirmRemove);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        save = new Button(messages.get("editor.save"), e -> save());
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revert = new Button(messages.get("editor.revert"), e -> selected().ifPresent(this::showInForm));
        revert.setId("editor-revert");

        tree.setId("editor-tree");
        tree.addHierarchyColumn(OutlineRow::label).setHeader(messages.get("editor.column.item")).setFlexGrow(4)
                .setKey("item");
        tree.addColumn(row -> row.item().action() == null || row.item().action().schedule() == null ? ""
                        : row.item().action().schedule().text())
                .setHeader(messages.get("editor.column.schedule")).setFlexGrow(1).setKey("schedule");
        tree.addThemeName("wrap-cell-content");
        tree.setAriaLabel(messages.get("editor.tree.label"));
        tree.setHeight("60vh");
        // Space on the chosen row would otherwise un-choose it, leaving the tools nothing to act on
        ((GridSingleSelectionModel<OutlineRow>) tree.getSelectionModel()).setDeselectAllowed(false);
        tree.asSingleSelect().addValueChangeListener(e -> {
            if (reselecting) {
                return;
            }
            if (e.getOldValue() != null && !saveIfChanged()) {
                reselect(e.getOldValue().key()); // the form keeps the unsaved, invalid edit
                return;
            }
            updateTools();
            if (e.getValue() != null) {
                showInForm(e.getValue());
            }
        });

        // Word's outline keys; the buttons do the same for pointer users
        shortcut(() -> move(Move.UP), Key.ARROW_UP, KeyModifier.ALT, KeyModifier.SHIFT);
        shortcut(() -> move(Move.DOWN), Key.ARROW_DOWN, KeyModifier.ALT, KeyModifier.SHIFT);
        shortcut(() -> move(Move.INDENT), Key.ARROW_RIGHT, KeyModifier.ALT, KeyModifier.SHIFT);
        shortcut(() -> move(Move.OUTDENT), Key.ARROW_LEFT, KeyModifier.ALT, KeyModifier.SHIFT);
        shortcut(() -> add(false), Key.INSERT);
        shortcut(() -> add(true), Key.INSERT, KeyModifier.SHIFT);
        shortcut(this::confirmRemove, Key.DELETE);
    }

    private Button tool(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key), e -> action.run());
        button.setId(id);
        button.getElement().setAttribute("aria-keyshortcuts", messages.get(key + ".keys"));
        button.setTooltipText(messages.get(key + ".help"));
        return button;
    }

    private void shortcut(Runnable action, Key key, KeyModifier... modifiers) {
        Shortcuts.addShortcutListener(tree, action::run, key, modifiers).listenOn(tree);
    }

    @Override
    public void setParameter(BeforeEvent event, Long planId) {
        show(planId);
    }

    /** Shows the editor of that plan of the user's regroupement, or "Plan introuvable". */
    public void show(Long planId) {
        removeAll();
        Optional<Plan> found = planId == null ? Optional.empty() : plans.findPlan(user.regroupementId(), planId);
        Optional<PlanDocument> content = found.flatMap(p -> documents.document(user.regroupementId(), p.id()));
        if (found.isEmpty() || content.isEmpty()) {
            plan = null;
            pageTitle = PlanPageParts.notFound(this, messages, "editor-back");
            return;
        }
        plan = found.get();
        pageTitle = messages.format("page.title", messages.format("editor.heading", plan.title()));
        editable = PlanPageParts.editable(user, plan.status());

        H2 heading = new H2(messages.format("editor.heading", plan.title()));
        heading.setId("editor-heading");
        add(PlanPageParts.link(Routes.plan(plan.id()), messages.get("editor.back"), "editor-back"), heading);
        PlanPageParts.notice(messages, user, plan.status(), "editor.readOnly.role", "editor-notice").ifPresent(this::add);
        HorizontalLayout tools = new HorizontalLayout(addSibling, addChild, moveUp, moveDown, indent, outdent, remove);
        tools.setId("editor-tools");
        tools.setWrap(true);
        tools.setVisible(editable);
        Paragraph keys = new Paragraph(messages.get("editor.keys"));
        keys.setId("editor-keys");
        keys.setVisible(editable);

        HorizontalLayout formButtons = new HorizontalLayout(save, revert);
        formButtons.setWrap(true);
        formButtons.setVisible(editable);
        form.setEditable(editable);
        Div formPane = new Div(form, formButtons);
        formPane.setId("editor-form-pane");
        formPane.getStyle().set("flex", "1 1 20em").set("min-width", "0");
        tree.getStyle().set("flex", "2 1 28em").set("min-width", "0");
        FlexLayout panes = new FlexLayout(tree, formPane);
        panes.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        panes.setWidthFull();
        panes.getStyle().set("gap", "var(--lumo-space-l)");
        add(tools, keys, panes);
        load(content.get(), null);
    }

    /** Shows a stored document, with {@code selectKey} selected (else the first item). */
    private void load(PlanDocument loaded, String selectKey) {
        document = loaded;
        revisions = documents.itemRevisions(user.regroupementId(), plan.id());
        // what the form offers to pick, read once per load rather than at each item chosen
        directory = plans.organizations(user.regroupementId());
        peopleNames = people.apply(user.regroupementId()).stream().filter(UserAccount::active)
                .map(UserAccount::displayName).filter(Objects::nonNull).sorted().toList();
        Map<String, String> numbers = PlanOutline.numbers(loaded);
        Map<String, OutlineRow> byKey = new HashMap<>();
        for (PlanItem item : loaded.allItems()) {
            byKey.put(item.key(), new OutlineRow(item, numbers.getOrDefault(item.key(), item.number()),
                    loaded.levels().get(item.level()).name()));
        }
        rows = byKey;
        List<OutlineRow> roots = loaded.items().stream().map(i -> byKey.get(i.key())).toList();
        reselecting = true;
        try {
            tree.setItems(roots, row -> row.item().children().stream().map(c -> rows.get(c.key())).toList());
            tree.expandRecursively(roots, loaded.levels().size());
        } finally {
            reselecting = false;
        }
        String key = selectKey != null && byKey.containsKey(selectKey) ? selectKey
                : roots.isEmpty() ? null : roots.getFirst().key();
        if (key == null) {
            form.setVisible(false);
            updateTools();
            return;
        }
        form.setVisible(true);
        reselect(key);
        showInForm(rows.get(key));
        updateTools();
    }

    private void reselect(String key) {
        reselecting = true;
        try {
            tree.select(rows.get(key));
        } finally {
            reselecting = false;
        }
    }

    private Optional<OutlineRow> selected() {
        return tree.asSingleSelect().getOptionalValue();
    }

    private void showInForm(OutlineRow row) {
        form.edit(row.item(), row.number(), row.levelName(), document.organizations(), directory, peopleNames);
    }

    private void updateTools() {
        Optional<OutlineRow> row = selected();
        String key = row.map(OutlineRow::key).orElse(null);
        addSibling.setEnabled(editable);
        addChild.setEnabled(editable && key != null && PlanOutline.levelUnder(document, key) >= 0);
        moveUp.setEnabled(editable && key != null && PlanOutline.canMove(document, key, Move.UP));
        moveDown.setEnabled(editable && key != null && PlanOutline.canMove(document, key, Move.DOWN));
        indent.setEnabled(editable && key != null && PlanOutline.canMove(document, key, Move.INDENT));
        outdent.setEnabled(editable && key != null && PlanOutline.canMove(document, key, Move.OUTDENT));
        remove.setEnabled(editable && key != null);
    }

    // ---- edits ------------------------------------------------------------------------------

    /** Saves the form if it says something else than the stored item; false if it could not. */
    boolean saveIfChanged() {
        if (!editable || form.item() == null) {
            return true;
        }
        PlanItem read = form.read();
        if (read == null) {
            return false;
        }
        PlanItem stored = form.item().withChildren(List.of());
        return read.equals(stored) || write(read);
    }

    void save() {
        if (!editable || form.item() == null) {
            return;
        }
        PlanItem read = form.read();
        if (read != null && write(read)) {
            context.success().accept(messages.get("editor.saved"));
            reload(read.key());
        }
    }

    private boolean write(PlanItem changed) {
        String key = changed.key();
        try {
            long revision = documents.updateItem(user.regroupementId(), plan.id(), key,
                    revisions.getOrDefault(key, 0L), changed, form.newOrganizations(), user.username());
            Map<String, Long> updated = new HashMap<>(revisions);
            updated.put(key, revision);
            revisions = updated;
            return true;
        } catch (EditConflictException conflict) {
            // keep what this user typed; their next save replaces the other one's version knowingly
            Map<String, Long> updated = new HashMap<>(revisions);
            updated.put(key, conflict.currentRevision());
            revisions = updated;
            context.error().accept(messages.format("editor.conflict", conflict.current().title()));
            return false;
        } catch (InvalidPlanStateException frozen) {
            context.error().accept(messages.get("editor.readOnly.submitted"));
            show(plan.id());
            return false;
        } catch (IllegalArgumentException refused) {
            form.refused(messages.format("editor.error.refused", refused.getMessage()));
            return false;
        }
    }

    void add(boolean asChild) {
        if (!editable || !saveIfChanged()) {
            return;
        }
        Optional<OutlineRow> row = selected();
        String parentKey;
        int position;
        if (asChild) {
            if (row.isEmpty() || PlanOutline.levelUnder(document, row.get().key()) < 0) {
                return;
            }
            parentKey = row.get().key();
            position = row.get().item().children().size();
        } else if (row.isPresent()) {
            parentKey = PlanOutline.parentKey(document, row.get().key());
            position = indexOf(siblingsUnder(parentKey), row.get().key()) + 1;
        } else {
            parentKey = null;
            position = document.items().size();
        }
        structural(() -> documents.addItem(user.regroupementId(), plan.id(), parentKey, position,
                messages.get("editor.newItem"), user.username()), true);
    }

    void move(Move move) {
        Optional<OutlineRow> row = selected();
        if (!editable || row.isEmpty() || !PlanOutline.canMove(document, row.get().key(), move) || !saveIfChanged()) {
            return;
        }
        String key = row.get().key();
        structural(() -> {
            documents.moveItem(user.regroupementId(), plan.id(), key, move, user.username());
            return key;
        }, false);
    }

    private void confirmRemove() {
        Optional<OutlineRow> row = selected();
        if (!editable || row.isEmpty()) {
            return;
        }
        PlanItem item = row.get().item();
        int below = subItems(item);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("editor-remove-dialog");
        dialog.setHeader(messages.format("editor.remove.confirm", row.get().label()));
        dialog.setText(below == 0 ? messages.get("editor.remove.detail")
                : messages.format("editor.remove.detailWithSubItems", below));
        dialog.setCancelable(true);
        dialog.setCancelText(messages.get("editor.remove.keep"));
        dialog.setConfirmText(messages.get("editor.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> removeSelected(item.key()));
        dialog.open();
    }

    /** The sub-items of {@code parentKey}, or the top items when it is null. */
    private List<PlanItem> siblingsUnder(String parentKey) {
        return parentKey == null ? document.items() : PlanOutline.find(document, parentKey).children();
    }

    /** By key: records compare whole sub-trees. */
    private static int indexOf(List<PlanItem> siblings, String key) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int subItems(PlanItem item) {
        return item.children().stream().mapToInt(c -> 1 + subItems(c)).sum();
    }

    void removeSelected(String key) {
        String parentKey = PlanOutline.parentKey(document, key);
        List<PlanItem> siblings = siblingsUnder(parentKey);
        int index = indexOf(siblings, key);
        // then select the next sibling, else the previous, else the parent
        String next = index + 1 < siblings.size() ? siblings.get(index + 1).key()
                : index > 0 ? siblings.get(index - 1).key() : parentKey;
        structural(() -> {
            documents.removeItem(user.regroupementId(), plan.id(), key, user.username());
            return next;
        }, false);
        context.success().accept(messages.get("editor.removed"));
    }

    /** Runs a change of the plan's shape, then shows the stored plan with {@code change}'s key selected. */
    private void structural(java.util.function.Supplier<String> change, boolean focusTitle) {
        String select;
        try {
            select = change.get();
        } catch (InvalidPlanStateException frozen) {
            context.error().accept(messages.get("editor.readOnly.submitted"));
            show(plan.id());
            return;
        } catch (IllegalArgumentException | PlanNotFoundException stale) {
            context.error().accept(messages.get("editor.error.stale"));
            reload(selected().map(OutlineRow::key).orElse(null));
            return;
        }
        reload(select);
        if (focusTitle) {
            form.titleField().focus();
        } else {
            tree.focus();
        }
    }

    private void reload(String selectKey) {
        Optional<PlanDocument> content = documents.document(user.regroupementId(), plan.id());
        if (content.isEmpty()) {
            show(plan.id());
            return;
        }
        plan = plans.findPlan(user.regroupementId(), plan.id()).orElse(plan);
        load(content.get(), selectKey);
    }

    // ---- for tests --------------------------------------------------------------------------

    TreeGrid<OutlineRow> tree() {
        return tree;
    }

    ItemForm form() {
        return form;
    }

    List<String> outline() {
        List<String> out = new ArrayList<>();
        if (document != null) {
            document.allItems().forEach(i -> out.add(rows.get(i.key()).label()));
        }
        return out;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
