package ca.concerto.plan.model;

import java.util.List;

/** One line of a project's échéancier: what, when (verbatim + derived), who (as written). */
public record TimelineEntry(String label, Schedule schedule, List<String> responsible) {
    public TimelineEntry {
        label = Texts.required(label, "timeline.label");
        responsible = Texts.texts(responsible, "responsible");
    }
}
