package ca.concerto.plan.interchange;

import java.util.List;

/** A plan file that cannot be read; carries every problem found, not only the first. */
public class InvalidPlanFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public InvalidPlanFileException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("Fichier de plan invalide (").append(problems.size())
                .append(problems.size() > 1 ? " problèmes)" : " problème)");
        for (Problem p : problems) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}
