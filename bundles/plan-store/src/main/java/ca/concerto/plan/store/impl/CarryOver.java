package ca.concerto.plan.store.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;

/**
 * The next plan made from the previous one: its unfinished actions (no status, or a status that is
 * not réalisé / abandonné) with the branches that hold them; a branch left empty goes; a branch that
 * held no action at all stays (a volet written without actions yet).
 */
final class CarryOver {

    record Result(PlanDocument document, List<String> carriedOverKeys) {
    }

    private CarryOver() {
    }

    static Result of(PlanDocument previous, Map<String, ActionProgress> latestProgress, String title, String period) {
        boolean details = hasActionDetails(previous);
        List<String> kept = new ArrayList<>();
        List<PlanItem> items = prune(previous.items(), details, latestProgress, kept);
        PlanDocument next = new PlanDocument(PlanDocument.FORMAT_VERSION, title, previous.regroupement(),
                Period.of(period), previous.statements(), null, previous.levels(), items, previous.organizations(),
                previous.committees(), List.of(), previous.communicationPlans(), previous.projects(),
                previous.notes());
        return new Result(next, List.copyOf(kept));
    }

    /** A plan whose items carry no action details (propositions as plain text) has its leaves as actions. */
    static boolean hasActionDetails(PlanDocument document) {
        return document.allItems().stream().anyMatch(i -> i.action() != null);
    }

    static boolean isAction(PlanItem item, boolean details) {
        return details ? item.action() != null : item.children().isEmpty();
    }

    private static List<PlanItem> prune(List<PlanItem> items, boolean details, Map<String, ActionProgress> progress,
                                        List<String> kept) {
        List<PlanItem> out = new ArrayList<>();
        for (PlanItem item : items) {
            List<PlanItem> children = prune(item.children(), details, progress, kept);
            if (isAction(item, details)) {
                ActionProgress latest = progress.get(item.key());
                if (latest == null || !latest.finished()) {
                    kept.add(item.key());
                    out.add(item.withChildren(children));
                }
            } else if (!children.isEmpty() || item.children().isEmpty()) {
                out.add(item.withChildren(children));
            }
        }
        return out;
    }
}
