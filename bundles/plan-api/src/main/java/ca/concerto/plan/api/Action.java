package ca.concerto.plan.api;

/**
 * An action (moyen, proposition) under an objective.
 *
 * @param number   its number in the plan's own scheme, such as "1.1"
 * @param schedule the échéancier as the plan words it ("Automne 2009", "En continu")
 */
public record Action(long id, String number, String title, String responsible, String schedule) {
}
