package ca.concerto.plan.api;

/** What an adopting body (conseil d'administration, AGA, comité de coordination) decided. */
public enum DecisionOutcome {
    ADOPT, REQUEST_CHANGES, REJECT;

    /** The status a plan takes after this outcome. */
    public PlanStatus resultingStatus() {
        return switch (this) {
            case ADOPT -> PlanStatus.ADOPTED;
            case REQUEST_CHANGES -> PlanStatus.CHANGES_REQUESTED;
            case REJECT -> PlanStatus.REJECTED;
        };
    }
}
