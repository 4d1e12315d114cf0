package ca.concerto.ui.plans.impl;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.model.DateRange;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.PlanOutline;
import ca.concerto.plan.model.Schedule;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

/**
 * The plan's actions on a timeline by their échéancier, with a table of the same entries as the
 * alternative (the user switches between them). Each bar's dates are also written beside it; the
 * actions whose échéancier gives no dates ("En continu", "Au besoin") are listed with their text.
 */
public class TimelineView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** One action with an échéancier: its dates derived where the text gives them (else null). */
    record Entry(String key, String label, String schedule, LocalDate start, LocalDate end) {
    }

    private final transient PlanService plans;
    private final transient PlanDocumentService documents;
    private final Messages messages;
    private final UserAccount user;
    private String pageTitle;
    private List<Entry> entries = List.of();

    public TimelineView(PlanService plans, PlanDocumentService documents, ViewContext context) {
        this.plans = plans;
        this.documents = documents;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        this.pageTitle = messages.format("page.title", messages.get("timeline.title"));
        setId("timeline-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long planId) {
        show(planId);
    }

    public void show(Long planId) {
        removeAll();
        Optional<Plan> plan = planId == null ? Optional.empty() : plans.findPlan(user.regroupementId(), planId);
        Optional<PlanDocument> document = plan.flatMap(p -> documents.document(user.regroupementId(), p.id()));
        if (document.isEmpty()) {
            H2 heading = new H2(messages.get("plan.notFound"));
            heading.setId("plan-not-found");
            add(heading, new Paragraph(messages.get("plan.notFound.detail")));
            pageTitle = messages.format("page.title", messages.get("plan.notFound"));
            return;
        }
        pageTitle = messages.format("page.title", messages.format("timeline.heading", plan.get().title()));
        Anchor back = new Anchor(Routes.plan(planId), messages.get("editor.back"));
        back.setId("timeline-back");
        back.getElement().setAttribute("router-link", true);
        H2 heading = new H2(messages.format("timeline.heading", plan.get().title()));
        heading.setId("timeline-heading");
        add(back, heading);

        entries = entries(document.get());
        List<Entry> dated = entries.stream().filter(e -> e.start() != null).toList();
        List<Entry> undated = entries.stream().filter(e -> e.start() == null).toList();
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(messages.get("timeline.none"));
            none.setId("timeline-none");
            add(none);
            return;
        }
        Div chart = chart(document.get(), dated);
        Grid<Entry> table = table();
        table.setVisible(false);
        Button showChart = new Button(messages.get("timeline.showChart"));
        showChart.setId("timeline-show-chart");
        Button showTable = new Button(messages.get("timeline.showTable"));
        showTable.setId("timeline-show-table");
        showChart.addClickListener(e -> switchTo(true, chart, table, showChart, showTable));
        showTable.addClickListener(e -> switchTo(false, chart, table, showChart, showTable));
        HorizontalLayout switcher = new HorizontalLayout(showChart, showTable);
        switcher.setWrap(true);
        switchTo(true, chart, table, showChart, showTable);
        add(switcher, chart, table);
        if (!undated.isEmpty()) {
            H3 undatedHeading = new H3(messages.get("timeline.undated"));
            undatedHeading.setId("timeline-undated-heading");
            UnorderedList list = new UnorderedList();
            list.setId("timeline-undated");
            undated.forEach(e -> list.add(new ListItem(messages.format("timeline.entry", e.label(), e.schedule()))));
            add(undatedHeading, list);
        }
    }

    private static void switchTo(boolean toChart, Div chart, Grid<Entry> table, Button showChart, Button showTable) {
        chart.setVisible(toChart);
        table.setVisible(!toChart);
        showChart.getElement().setAttribute("aria-pressed", String.valueOf(toChart));
        showTable.getElement().setAttribute("aria-pressed", String.valueOf(!toChart));
        showChart.setThemeName(toChart ? "primary" : "");
        showTable.setThemeName(toChart ? "" : "primary");
    }

    /** The document's actions that have an échéancier, dated ones first by start, then the others in plan order. */
    static List<Entry> entries(PlanDocument document) {
        Map<String, String> numbers = PlanOutline.numbers(document);
        List<Entry> out = new ArrayList<>();
        for (PlanItem item : document.allItems()) {
            Schedule schedule = item.action() == null ? null : item.action().schedule();
            if (schedule == null) {
                continue;
            }
            String number = numbers.getOrDefault(item.key(), item.number());
            String label = number == null ? item.title() : number + " " + item.title();
            DateRange range = schedule.range();
            LocalDate start = range == null ? null : range.start() != null ? range.start() : document.period().start();
            LocalDate end = range == null ? null : range.end() != null ? range.end() : document.period().end();
            if (range != null && start == null) {
                start = end;
            }
            if (range != null && end == null) {
                end = start;
            }
            out.add(new Entry(item.key(), label, schedule.text(), start, end));
        }
        out.sort(Comparator.comparing(Entry::start, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** Bars on a track spanning the plan's period (or the entries' dates), each with its dates in words. */
    private Div chart(PlanDocument document, List<Entry> dated) {
        Div chart = new Div();
        chart.setId("timeline-chart");
        if (dated.isEmpty()) {
            chart.add(new Paragraph(messages.get("timeline.noDates")));
            return chart;
        }
        LocalDate first = dated.stream().map(Entry::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = dated.stream().map(Entry::end).max(Comparator.naturalOrder()).orElseThrow();
        if (document.period().start() != null && document.period().start().isBefore(first)) {
            first = document.period().start();
        }
        if (document.period().end() != null && document.period().end().isAfter(last)) {
            last = document.period().end();
        }
        Paragraph span = new Paragraph(messages.format("timeline.span", messages.day(first), messages.day(last)));
        span.setId("timeline-span");
        chart.add(span);
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        UnorderedList rows = new UnorderedList();
        rows.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        for (Entry entry : dated) {
            ListItem row = new ListItem();
            row.setId("timeline-entry-" + entry.key().replaceAll("[^A-Za-z0-9_-]", "-"));
            row.getStyle().set("margin-block-end", "var(--lumo-space-m)");
            Span label = new Span(entry.label());
            label.getStyle().set("display", "block").set("font-weight", "600");
            Span when = new Span(messages.format("timeline.when", entry.schedule(), messages.day(entry.start()),
                    messages.day(entry.end())));
            when.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
            Div track = new Div();
            track.getElement().setAttribute("aria-hidden", "true");
            track.getStyle().set("position", "relative").set("height", "0.75em")
                    .set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-s)");
            Div bar = new Div();
            double left = ChronoUnit.DAYS.between(first, entry.start()) / days * 100;
            double width = Math.max(1, (ChronoUnit.DAYS.between(entry.start(), entry.end()) + 1) / days * 100);
            bar.getStyle().set("position", "absolute").set("top", "0").set("bottom", "0")
                    .set("left", String.format(java.util.Locale.ROOT, "%.2f%%", left))
                    .set("width", String.format(java.util.Locale.ROOT, "%.2f%%", Math.min(width, 100 - left)))
                    .set("background", "var(--lumo-primary-color)").set("border-radius", "var(--lumo-border-radius-s)");
            track.add(bar);
            row.add(label, when, track);
            rows.add(row);
        }
        chart.add(rows);
        return chart;
    }

    private Grid<Entry> table() {
        Grid<Entry> grid = new Grid<>();
        grid.setId("timeline-table");
        grid.addColumn(Entry::label).setHeader(messages.get("timeline.column.action")).setKey("action").setFlexGrow(4);
        grid.addColumn(Entry::schedule).setHeader(messages.get("timeline.column.schedule")).setKey("schedule")
                .setFlexGrow(1);
        grid.addColumn(e -> e.start() == null ? messages.get("timeline.noDate") : messages.day(e.start()))
                .setHeader(messages.get("timeline.column.start")).setKey("start").setFlexGrow(1)
                .setComparator(Comparator.comparing(Entry::start, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(e -> e.end() == null ? messages.get("timeline.noDate") : messages.day(e.end()))
                .setHeader(messages.get("timeline.column.end")).setKey("end").setFlexGrow(1)
                .setComparator(Comparator.comparing(Entry::end, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        // every row at once is asked for in pages, ten at most per request: larger pages for long plans
        grid.setPageSize(Math.max(50, entries.size() / 8 + 1));
        grid.addThemeName("wrap-cell-content");
        grid.setAriaLabel(messages.get("timeline.table"));
        return grid;
    }

    List<Entry> entries() {
        return entries;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
