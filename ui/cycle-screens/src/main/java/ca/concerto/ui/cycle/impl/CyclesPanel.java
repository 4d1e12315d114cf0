package ca.concerto.ui.cycle.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.identity.api.UserAccount;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The home page's view of the regroupement's cycles: the plans in progress with the step each is
 * at, and the deadlines coming (consultation, comment period), the nearest first; a deadline
 * passed while its step is still open says so in words.
 */
public class CyclesPanel extends Section {

    private static final long serialVersionUID = 1L;

    /** A date by which something is due in a cycle. */
    record Deadline(PlanCycle cycle, String what, LocalDate date) {
    }

    public CyclesPanel(List<PlanCycle> cycles, Function<PlanCycle, String> planTitle, LocalDate today,
                       UserAccount user) {
        Messages messages = Messages.of(user);
        setId("home-cycles");
        List<PlanCycle> inProgress = cycles.stream().filter(CyclesPanel::inProgress).toList();

        H3 heading = new H3(messages.get("home.cycles.heading"));
        heading.setId("home-cycles-heading");
        add(heading);
        if (inProgress.isEmpty()) {
            Paragraph none = new Paragraph(messages.get("home.cycles.none"));
            none.setId("home-cycles-none");
            add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("home-cycles-list");
            for (PlanCycle cycle : inProgress) {
                ListItem item = new ListItem(link(cycle, planTitle),
                        new Span(" — " + messages.format("home.cycles.phase", messages.phase(cycle.phase()))));
                item.setId("home-cycle-" + cycle.id());
                list.add(item);
            }
            add(list);
        }

        H3 deadlinesHeading = new H3(messages.get("home.deadlines.heading"));
        deadlinesHeading.setId("home-deadlines-heading");
        add(deadlinesHeading);
        List<Deadline> deadlines = deadlines(inProgress);
        if (deadlines.isEmpty()) {
            Paragraph none = new Paragraph(messages.get("home.deadlines.none"));
            none.setId("home-deadlines-none");
            add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("home-deadlines-list");
            for (Deadline deadline : deadlines) {
                String when = messages.format(deadline.date().isBefore(today) ? "home.deadlines.passed"
                        : "home.deadlines.on", messages.date(deadline.date()));
                ListItem item = new ListItem(new Span(messages.get(deadline.what()) + " " + when + " — "),
                        link(deadline.cycle(), planTitle));
                item.setId("home-deadline-" + deadline.cycle().id() + "-" + deadline.what().substring(
                        deadline.what().lastIndexOf('.') + 1));
                list.add(item);
            }
            add(list);
        }
    }

    private static Anchor link(PlanCycle cycle, Function<PlanCycle, String> planTitle) {
        Anchor link = new Anchor(Routes.cycle(cycle.id()), planTitle.apply(cycle));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    static boolean inProgress(PlanCycle cycle) {
        return cycle.phase() != CyclePhase.CLOSED && cycle.phase() != CyclePhase.REJECTED;
    }

    /** The deadlines still ahead of each cycle's step, the nearest first. */
    static List<Deadline> deadlines(List<PlanCycle> cycles) {
        List<Deadline> deadlines = new ArrayList<>();
        for (PlanCycle cycle : cycles) {
            if (cycle.phase() == CyclePhase.CONSULTATION) {
                Optional.ofNullable(cycle.consultationDeadline()).ifPresent(date ->
                        deadlines.add(new Deadline(cycle, "home.deadlines.consultation", date)));
            }
            if (cycle.phase().ordinal() <= CyclePhase.COMMENTS.ordinal()) {
                Optional.ofNullable(cycle.commentDeadline()).ifPresent(date ->
                        deadlines.add(new Deadline(cycle, "home.deadlines.comments", date)));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::date));
        return deadlines;
    }
}
