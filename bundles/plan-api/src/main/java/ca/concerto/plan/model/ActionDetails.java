package ca.concerto.plan.model;

import java.util.List;

/**
 * What an action-level item carries. Every list may be empty; text is kept as the plan writes it.
 *
 * @param responsibleOrganizations keys of the organisme(s) fiduciaire(s) / responsable(s)
 * @param responsible      responsible people or roles as free text ("Coordonnatrice")
 * @param partnerOrganizations keys of the organismes partenaires
 * @param resources        ressources: roles, committees, partners as the plan lists them
 * @param expectedResults  résultats attendus / changements souhaités
 * @param indicators       indicateurs
 * @param schedule         échéancier, null if the plan gives none
 * @param steps            étapes de réalisation, each with its actor
 * @param notes            notes such as "Pas d'argent demandé"
 * @param achievements     réalisations (follow-up)
 * @param ongoing          actions en cours (follow-up)
 * @param carriedOver      true when the action was carried over from the previous plan
 */
public record ActionDetails(List<String> responsibleOrganizations, List<String> responsible,
                            List<String> partnerOrganizations, List<String> resources,
                            List<String> expectedResults, List<String> indicators, Schedule schedule,
                            List<Step> steps, List<String> notes, List<String> achievements,
                            List<String> ongoing, boolean carriedOver) {
    public ActionDetails {
        responsibleOrganizations = Texts.texts(responsibleOrganizations, "responsibleOrganizations");
        responsible = Texts.texts(responsible, "responsible");
        partnerOrganizations = Texts.texts(partnerOrganizations, "partnerOrganizations");
        resources = Texts.texts(resources, "resources");
        expectedResults = Texts.texts(expectedResults, "expectedResults");
        indicators = Texts.texts(indicators, "indicators");
        steps = Texts.list(steps, "steps");
        notes = Texts.texts(notes, "notes");
        achievements = Texts.texts(achievements, "achievements");
        ongoing = Texts.texts(ongoing, "ongoing");
    }

    /** Only resources and an échéancier, as in most tabular plans. */
    public static ActionDetails of(List<String> resources, Schedule schedule) {
        return new ActionDetails(List.of(), List.of(), List.of(), resources, List.of(), List.of(),
                schedule, List.of(), List.of(), List.of(), List.of(), false);
    }

    public ActionDetails withSchedule(Schedule s) {
        return new ActionDetails(responsibleOrganizations, responsible, partnerOrganizations, resources,
                expectedResults, indicators, s, steps, notes, achievements, ongoing, carriedOver);
    }
}
