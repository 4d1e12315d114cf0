package ca.concerto.plan.store.impl;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import ca.concerto.identity.api.Regroupement;
import ca.concerto.identity.api.RegroupementService;
import ca.concerto.identity.api.Role;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The platform's regroupements in the {@code regroupement} table, with the accounts of the plan store. */
@Component(service = RegroupementService.class)
public class RegroupementServiceImpl implements RegroupementService {

    private final StoreContext store;
    private final int iterations;

    @Activate
    public RegroupementServiceImpl(@Reference StoreContext store) {
        this(store, IdentityServiceImpl.DEFAULT_ITERATIONS);
    }

    RegroupementServiceImpl(StoreContext store, int iterations) {
        this.store = store;
        this.iterations = iterations;
    }

    @Override
    public List<Regroupement> all() {
        return store.read(em -> em.createQuery("SELECT r FROM RegroupementEntity r ORDER BY r.name, r.id",
                RegroupementEntity.class).getResultStream().map(RegroupementEntity::toApi).toList());
    }

    @Override
    public Regroupement open(String id, String name, String username, String displayName, char[] password) {
        String regroupementId = id == null ? "" : id.strip();
        if (!regroupementId.matches(ID_PATTERN) || regroupementId.length() > 100) {
            throw new IllegalArgumentException("The identifier " + id + " is not lower-case letters and digits"
                    + " joined by single hyphens (at most 100 characters)");
        }
        String named = required(name, "The regroupement's name");
        String login = required(username, "The administrator's username");
        String shown = required(displayName, "The administrator's name");
        IdentityServiceImpl.requireLongEnough(password);
        String hash = IdentityServiceImpl.hash(password, iterations);
        return store.inTransaction(em -> {
            if (em.find(RegroupementEntity.class, regroupementId) != null || hasUsersOrPlans(em, regroupementId)) {
                throw new IllegalArgumentException("The regroupement " + regroupementId + " is already on the platform");
            }
            if (IdentityServiceImpl.byUsername(em, login).isPresent()) {
                throw new IllegalArgumentException("The username " + login + " is already taken");
            }
            RegroupementEntity regroupement = new RegroupementEntity(regroupementId, named, PlanServiceImpl.now());
            em.persist(regroupement);
            UserAccountEntity administrator = new UserAccountEntity(regroupementId, login, shown, "fr", hash,
                    EnumSet.of(Role.ADMINISTRATOR, Role.FACILITATOR), PlanServiceImpl.now());
            // given by the platform's administrator: the person replaces it at the first sign-in
            administrator.password(hash, true);
            em.persist(administrator);
            em.flush();
            return regroupement.toApi();
        });
    }

    @Override
    public Regroupement rename(String id, String name) {
        String named = required(name, "The regroupement's name");
        return store.inTransaction(em -> {
            RegroupementEntity regroupement = Optional.ofNullable(id).map(i -> em.find(RegroupementEntity.class, i))
                    .orElseThrow(() -> new IllegalArgumentException("No regroupement " + id));
            regroupement.name(named);
            em.flush();
            return regroupement.toApi();
        });
    }

    /** A regroupement named by its identifier, for accounts created in one not opened here (set-up, demo). */
    static void ensureListed(EntityManager em, String regroupementId) {
        if (em.find(RegroupementEntity.class, regroupementId) == null) {
            em.persist(new RegroupementEntity(regroupementId, regroupementId, PlanServiceImpl.now()));
        }
    }

    private static boolean hasUsersOrPlans(EntityManager em, String regroupementId) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccountEntity u WHERE u.regroupementId = :r", Long.class)
                .setParameter("r", regroupementId).getSingleResult() > 0
                || em.createQuery("SELECT COUNT(p) FROM PlanEntity p WHERE p.regroupementId = :r", Long.class)
                .setParameter("r", regroupementId).getSingleResult() > 0;
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }
}
