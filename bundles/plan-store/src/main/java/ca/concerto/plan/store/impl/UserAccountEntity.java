package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account")
public class UserAccountEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "preferred_language", nullable = false)
    private String language;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** False once an administrator closed the account. */
    @Column(nullable = false)
    private boolean active = true;

    /** True while the password is one an administrator gave. */
    @Column(name = "password_temporary", nullable = false)
    private boolean passwordTemporary;

    // read for all the accounts of a query at once: a regroupement's list would otherwise take one
    // statement per user for their roles
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false)
    private Set<Role> roles = new HashSet<>();

    protected UserAccountEntity() {
    }

    UserAccountEntity(String regroupementId, String username, String displayName, String language,
                      String passwordHash, Set<Role> roles, OffsetDateTime createdAt) {
        this.regroupementId = regroupementId;
        this.username = username;
        this.displayName = displayName;
        this.language = language;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    String passwordHash() { return passwordHash; }

    String regroupementId() { return regroupementId; }

    /** A new password: the person's own, or ({@code temporary}) one an administrator gave. */
    void password(String newHash, boolean temporary) {
        this.passwordHash = newHash;
        this.passwordTemporary = temporary;
    }

    boolean passwordTemporary() {
        return passwordTemporary;
    }

    String username() { return username; }

    boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Replaces the roles (the collection is changed in place, so only the rows that differ are written). */
    void roles(Set<Role> roles) {
        this.roles.retainAll(roles);
        this.roles.addAll(roles);
    }

    void language(String language) {
        this.language = language;
    }

    boolean active() {
        return active;
    }

    void active(boolean open) {
        this.active = open;
    }

    UserAccount toApi() {
        Set<Role> copy = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        return new UserAccount(username, displayName, regroupementId, copy, language, active);
    }
}
