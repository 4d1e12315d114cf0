package ca.concerto.plan.api;

/**
 * The vote of an adopting body on a resolution: members present, the quorum that applied, and the
 * votes pour, contre and abstention.
 *
 * @param membersPresent voting members present (directors at the CA, member organizations at an AGA)
 * @param quorum         members needed for the body to decide
 */
public record Vote(int membersPresent, int quorum, int inFavour, int against, int abstentions) {

    public Vote {
        if (membersPresent < 0 || inFavour < 0 || against < 0 || abstentions < 0) {
            throw new IllegalArgumentException("vote counts cannot be negative");
        }
        if (quorum < 1) {
            throw new IllegalArgumentException("quorum must be at least 1");
        }
        if (inFavour + against + abstentions > membersPresent) {
            throw new IllegalArgumentException("more votes (" + (inFavour + against + abstentions)
                    + ") than members present (" + membersPresent + ")");
        }
    }

    /** Whether enough members were present for the body to decide. */
    public boolean quorumReached() {
        return membersPresent >= quorum;
    }

    /** Whether the resolution carries: more votes pour than contre (abstentions do not count). */
    public boolean carried() {
        return inFavour > against;
    }
}
