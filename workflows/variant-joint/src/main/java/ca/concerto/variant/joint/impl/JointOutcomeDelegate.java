package ca.concerto.variant.joint.impl;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.osgi.service.component.annotations.Component;

/**
 * Service task {@code combineDecisions} of cycle-adoption-joint.bpmn: the plan is adopted only if
 * the CA and the partner chantier both adopt it; rejected if either rejects; otherwise changes are
 * requested. Keeps the CA's own decision as {@code boardOutcome}, sets {@code outcome} to the
 * combined one (which the cycle reads and concertoRecordAdoptionDecision records) and adds the
 * partner's decision to the recorded comment.
 */
@Component(service = JavaDelegate.class, property = "concerto.delegate.name=" + JointOutcomeDelegate.NAME)
public class JointOutcomeDelegate implements JavaDelegate {

    static final String NAME = "concertoJointOutcome";
    static final String BOARD_OUTCOME = "boardOutcome";

    private static final Map<String, String> LABELS = Map.of(
            "ADOPT", "adopté", "REQUEST_CHANGES", "modifications demandées", "REJECT", "rejeté");

    @Override
    public void execute(DelegateExecution execution) {
        String board = (String) execution.getVariable("outcome");
        String partner = (String) execution.getVariable("partnerOutcome");
        String combined = combine(board, partner);
        execution.setVariable(BOARD_OUTCOME, board);
        execution.setVariable("outcome", combined);
        StringBuilder note = new StringBuilder("Décision du chantier partenaire");
        Object name = execution.getVariable(JointAdoptionVariant.PARTNER_CHANTIER);
        if (name != null) {
            note.append(" (").append(name).append(')');
        }
        note.append(" : ").append(LABELS.get(partner));
        Object resolution = execution.getVariable("partnerResolutionNumber");
        if (resolution != null) {
            note.append(", résolution ").append(resolution);
        }
        if (execution.getVariable("partnerDecidedOn") instanceof Date date) {
            note.append(", le ").append(LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()));
        }
        if (execution.getVariable("partnerComment") instanceof String comment && !comment.isBlank()) {
            note.append(" : ").append(comment.strip());
        }
        note.append('.');
        if (!combined.equals(board)) {
            note.append(" Décision du CA : ").append(LABELS.get(board)).append("; résultat conjoint : ")
                    .append(LABELS.get(combined)).append('.');
        }
        Object comment = execution.getVariable("comment");
        execution.setVariable("comment", comment instanceof String c && !c.isBlank()
                ? c.strip() + "\n\n" + note : note.toString());
    }

    /** ADOPT only if both adopt, REJECT if either rejects, otherwise REQUEST_CHANGES. */
    static String combine(String board, String partner) {
        if (board == null || partner == null || !LABELS.containsKey(board) || !LABELS.containsKey(partner)) {
            throw new IllegalStateException("Both decisions are needed: CA " + board + ", partner " + partner);
        }
        if ("REJECT".equals(board) || "REJECT".equals(partner)) {
            return "REJECT";
        }
        if ("ADOPT".equals(board) && "ADOPT".equals(partner)) {
            return "ADOPT";
        }
        return "REQUEST_CHANGES";
    }
}
