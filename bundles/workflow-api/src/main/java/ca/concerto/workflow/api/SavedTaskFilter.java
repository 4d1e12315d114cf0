package ca.concerto.workflow.api;

/** A filter a user saved under a name; names are unique per user. */
public record SavedTaskFilter(String name, TaskFilterCriteria criteria) {
}
