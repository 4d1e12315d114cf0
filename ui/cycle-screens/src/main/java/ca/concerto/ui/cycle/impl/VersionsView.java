package ca.concerto.ui.cycle.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.interchange.PlanDiff;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

/**
 * A plan's version history at {@code versions/<planId>}: every recorded version with its date,
 * author, note and fingerprint, and any two of them compared: what changed, in words, and both
 * side by side, item by item, each row saying how it changed (never by colour alone).
 */
public class VersionsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** How an item differs between the two versions compared. */
    enum RowChange { SAME, ADDED, REMOVED, MOVED, CHANGED }

    /** One row of the side-by-side table: the item in each version (null where absent). */
    record Row(String key, PlanItem left, PlanItem right, RowChange change, List<String> fields) {
    }

    private final transient PlanService planService;
    private final transient PlanDocumentService documentService;
    private final transient PlanInterchange interchange;
    private final Messages messages;
    private final UserAccount user;
    private final Select<PlanVersion> left = new Select<>();
    private final Select<PlanVersion> right = new Select<>();
    private final Div comparison = new Div();
    private String pageTitle;
    private Long planId;

    public VersionsView(PlanService planService, PlanDocumentService documentService, PlanInterchange interchange,
                        ViewContext context) {
        this.planService = planService;
        this.documentService = documentService;
        this.interchange = interchange;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        this.pageTitle = messages.format("page.title", messages.get("versions.heading"));
        setId("versions-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long planId) {
        show(planId);
    }

    /** Shows the versions of that plan of the user's regroupement, or says it is not there. */
    public void show(Long planId) {
        removeAll();
        this.planId = planId;
        Optional<PlanSummary> plan = planId == null ? Optional.empty()
                : planService.findSummary(user.regroupementId(), planId);
        if (plan.isEmpty()) {
            H2 missing = new H2(messages.get("versions.notFound"));
            missing.setId("versions-not-found");
            add(missing);
            return;
        }
        pageTitle = messages.format("page.title", messages.format("versions.title", plan.get().title()));
        Anchor back = new Anchor(Routes.plan(planId), messages.get("versions.back"));
        back.setId("versions-back");
        back.getElement().setAttribute("router-link", true);
        H2 heading = new H2(messages.format("versions.title", plan.get().title()));
        heading.setId("versions-heading");
        add(back, heading);

        List<PlanVersion> versions = documentService.versions(user.regroupementId(), planId);
        if (versions.isEmpty()) {
            Paragraph none = new Paragraph(messages.get("versions.none"));
            none.setId("versions-none");
            add(none);
            return;
        }
        add(versionGrid(versions));
        if (versions.size() < 2) {
            Paragraph one = new Paragraph(messages.get("versions.onlyOne"));
            one.setId("versions-only-one");
            add(one);
            return;
        }
        add(comparisonForm(versions));
        comparison.setId("versions-comparison");
        comparison.setWidthFull();
        add(comparison);
        compare();
    }

    private Grid<PlanVersion> versionGrid(List<PlanVersion> versions) {
        Grid<PlanVersion> grid = new Grid<>();
        grid.setId("versions-grid");
        grid.addColumn(v -> messages.format("versions.number", v.number())).setHeader(messages.get("versions.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> messages.date(v.createdAt())).setHeader(messages.get("versions.column.date")).setAutoWidth(true);
        grid.addColumn(PlanVersion::createdBy).setHeader(messages.get("versions.column.author")).setAutoWidth(true);
        grid.addColumn(v -> v.note() == null ? "" : v.note()).setHeader(messages.get("versions.column.note"));
        // in full, broken anywhere: a fingerprint is checked character by character
        grid.addColumn(new ComponentRenderer<>(v -> {
            Span fingerprint = new Span(v.fingerprint());
            fingerprint.getStyle().set("overflow-wrap", "anywhere").set("font-family", "var(--lumo-font-family-monospace, monospace)");
            return fingerprint;
        })).setHeader(messages.get("versions.column.fingerprint")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(versions.reversed());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(messages.get("versions.column.number"));
        return grid;
    }

    private Component comparisonForm(List<PlanVersion> versions) {
        for (Select<PlanVersion> select : List.of(left, right)) {
            select.setItems(versions);
            select.setItemLabelGenerator(v -> messages.format("versions.choice", v.number(), messages.date(v.createdAt())));
            select.setWidth("20em");
            select.getStyle().set("max-width", "100%");
        }
        left.setId("versions-left");
        left.setLabel(messages.get("versions.left"));
        left.setValue(versions.get(versions.size() - 2));
        right.setId("versions-right");
        right.setLabel(messages.get("versions.right"));
        right.setValue(versions.getLast());
        Button compare = new Button(messages.get("versions.compare"), e -> compare());
        compare.setId("versions-compare");
        H3 heading = new H3(messages.get("versions.compareHeading"));
        FlexLayout form = new FlexLayout(left, right, compare);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        VerticalLayout block = new VerticalLayout(heading, form);
        block.setPadding(false);
        return block;
    }

    /** Compares the two chosen versions, the older on the left whatever the order chosen. */
    void compare() {
        comparison.removeAll();
        PlanVersion a = left.getValue();
        PlanVersion b = right.getValue();
        if (a == null || b == null || a.number() == b.number()) {
            Paragraph choose = new Paragraph(messages.get("versions.chooseTwo"));
            choose.setId("versions-choose-two");
            comparison.add(choose);
            return;
        }
        PlanVersion older = a.number() < b.number() ? a : b;
        PlanVersion newer = older == a ? b : a;
        Optional<PlanDocument> olderDocument = documentService.versionDocument(user.regroupementId(), planId, older.number());
        Optional<PlanDocument> newerDocument = documentService.versionDocument(user.regroupementId(), planId, newer.number());
        if (olderDocument.isEmpty() || newerDocument.isEmpty()) {
            Paragraph missing = new Paragraph(messages.get("diff.unavailable"));
            missing.setId("versions-unavailable");
            comparison.add(missing);
            return;
        }
        PlanDiff diff = interchange.diff(olderDocument.get(), newerDocument.get());
        Paragraph summary = new Paragraph(diff.isEmpty()
                ? messages.format("versions.same", older.number(), newer.number())
                : messages.format("versions.between", older.number(), newer.number()));
        summary.setId("versions-summary");
        comparison.add(summary);
        if (!diff.isEmpty()) {
            comparison.add(new PlanChanges(messages, diff, "versions-diff"));
        }
        comparison.add(sideBySide(older, newer, rows(olderDocument.get(), newerDocument.get(), diff)));
    }

    private Component sideBySide(PlanVersion older, PlanVersion newer, List<Row> rows) {
        NativeTable table = new NativeTable();
        table.setId("versions-side-by-side");
        table.getStyle().set("width", "100%").set("border-collapse", "collapse");
        table.setCaptionText(messages.format("versions.caption", older.number(), newer.number()));
        NativeTableCaption caption = table.getCaption();
        caption.getStyle().set("text-align", "start").set("font-weight", "bold");
        NativeTableHeader header = table.getHead();
        NativeTableRow headRow = header.addRow();
        headRow.add(headerCell(messages.format("versions.column.version", older.number(), shortPrint(older))),
                headerCell(messages.format("versions.column.version", newer.number(), shortPrint(newer))),
                headerCell(messages.get("versions.column.change")));
        NativeTableBody body = table.getBody();
        for (Row row : rows) {
            NativeTableRow line = body.addRow();
            line.setId("versions-row-" + row.key());
            line.add(itemCell(row.left()), itemCell(row.right()), changeCell(row));
            if (row.change() != RowChange.SAME) {
                // a second cue beside the words of the last column
                line.getStyle().set("background", "var(--lumo-contrast-5pct)");
            }
        }
        Div scroller = new Div(table);
        scroller.getStyle().set("overflow-x", "auto");
        return scroller;
    }

    private static String shortPrint(PlanVersion version) {
        return version.fingerprint().substring(0, Math.min(12, version.fingerprint().length()));
    }

    private NativeTableHeaderCell headerCell(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        cell.getStyle().set("text-align", "start").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-30pct)");
        return cell;
    }

    private NativeTableCell itemCell(PlanItem item) {
        NativeTableCell cell = new NativeTableCell(item == null ? messages.get("versions.absent")
                : item.number() == null ? item.title() : messages.format("item.label", item.number(), item.title()));
        cell.getStyle().set("vertical-align", "top").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (item != null) {
            cell.getStyle().set("padding-inline-start", "calc(var(--lumo-space-s) + " + item.level() + " * var(--lumo-space-m))");
        }
        return cell;
    }

    private NativeTableCell changeCell(Row row) {
        String text = switch (row.change()) {
            case SAME -> messages.get("versions.change.same");
            case ADDED -> messages.get("versions.change.added");
            case REMOVED -> messages.get("versions.change.removed");
            case MOVED -> messages.get("versions.change.moved");
            case CHANGED -> messages.format("versions.change.changed",
                    row.fields().stream().map(messages::diffField).collect(Collectors.joining(", ")));
        };
        NativeTableCell cell = new NativeTableCell(text);
        cell.getStyle().set("vertical-align", "top").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (row.change() != RowChange.SAME) {
            cell.getStyle().set("font-weight", "bold");
        }
        return cell;
    }

    /**
     * The rows of the side-by-side table: the newer version's items in its order, each removed item
     * right after the item it followed in the older version (first if it followed none still there).
     */
    static List<Row> rows(PlanDocument older, PlanDocument newer, PlanDiff diff) {
        Map<String, PlanItem> olderItems = preorder(older.items());
        Map<String, PlanItem> newerItems = preorder(newer.items());
        Map<String, List<String>> changedFields = new HashMap<>();
        diff.changed().forEach(c -> changedFields.put(c.key(), c.fieldNames()));
        Set<String> moved = diff.moved().stream().map(PlanDiff.ItemMoved::key).collect(Collectors.toSet());

        Map<String, List<String>> removedAfter = new HashMap<>();
        String previous = null;
        for (String key : olderItems.keySet()) {
            if (newerItems.containsKey(key)) {
                previous = key;
            } else {
                removedAfter.computeIfAbsent(previous, k -> new ArrayList<>()).add(key);
            }
        }
        List<Row> rows = new ArrayList<>();
        removedAfter.getOrDefault(null, List.of()).forEach(key -> rows.add(removed(key, olderItems)));
        for (Map.Entry<String, PlanItem> entry : newerItems.entrySet()) {
            String key = entry.getKey();
            PlanItem before = olderItems.get(key);
            RowChange change;
            List<String> fields = changedFields.getOrDefault(key, List.of());
            if (before == null) {
                change = RowChange.ADDED;
            } else if (!fields.isEmpty()) {
                change = RowChange.CHANGED;
            } else if (moved.contains(key)) {
                change = RowChange.MOVED;
            } else {
                change = RowChange.SAME;
            }
            rows.add(new Row(key, before, entry.getValue(), change, fields));
            removedAfter.getOrDefault(key, List.of()).forEach(gone -> rows.add(removed(gone, olderItems)));
        }
        return rows;
    }

    private static Row removed(String key, Map<String, PlanItem> olderItems) {
        return new Row(key, olderItems.get(key), null, RowChange.REMOVED, List.of());
    }

    /** Items by key, parents before their children, in the plan's order. */
    private static Map<String, PlanItem> preorder(List<PlanItem> items) {
        Map<String, PlanItem> byKey = new LinkedHashMap<>();
        for (PlanItem item : items) {
            byKey.put(item.key(), item);
            byKey.putAll(preorder(item.children()));
        }
        return byKey;
    }

    Select<PlanVersion> left() {
        return left;
    }

    Select<PlanVersion> right() {
        return right;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
