package ca.concerto.identity.api;

/**
 * The change would leave a regroupement without any administrator: it was refused and nothing was
 * changed. A regroupement always keeps at least one administrator, who alone manages its users and
 * modules; to hand the role over, give it to someone else first, then remove it from the last one.
 *
 * <p>An {@link IllegalStateException}: the request is well formed, the regroupement's state forbids it.
 *
 * @since 1.3
 */
public class LastAdministratorException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final String regroupementId;
    private final String username;

    public LastAdministratorException(String regroupementId, String username) {
        super(username + " is the last administrator of regroupement " + regroupementId
                + ": give the role to someone else first");
        this.regroupementId = regroupementId;
        this.username = username;
    }

    /** The regroupement that would have lost its last administrator. */
    public String regroupementId() {
        return regroupementId;
    }

    /** Its last administrator, who keeps the role. */
    public String username() {
        return username;
    }
}
