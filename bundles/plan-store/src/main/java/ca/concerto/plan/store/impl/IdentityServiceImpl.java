package ca.concerto.plan.store.impl;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.LastAdministratorException;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

/**
 * Users on JPA. Passwords are stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
 * (PBKDF2WithHmacSHA256, 16-byte random salt per user, 256-bit hash, Base64), compared in constant time.
 */
@Component(service = IdentityService.class)
public class IdentityServiceImpl implements IdentityService {
    static final int DEFAULT_ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StoreContext store;
    private final int iterations;
    /** Hash checked for unknown users, so that they take as long as known ones. */
    private final String dummyHash;

    @Activate
    public IdentityServiceImpl(@Reference StoreContext store) {
        this(store, DEFAULT_ITERATIONS);
    }

    IdentityServiceImpl(StoreContext store, int iterations) {
        this.store = store;
        this.iterations = iterations;
        this.dummyHash = hash("not a password".toCharArray(), iterations);
    }

    @Override
    public Optional<UserAccount> authenticate(String username, char[] password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<UserAccountEntity> user = store.read(em -> byUsername(em, username));
        boolean ok = verify(password, user.map(UserAccountEntity::passwordHash).orElse(dummyHash));
        return ok && user.isPresent() && user.get().active() ? user.map(UserAccountEntity::toApi) : Optional.empty();
    }

    @Override
    public Optional<UserAccount> findUser(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return store.read(em -> byUsername(em, username).map(UserAccountEntity::toApi));
    }

    @Override
    public List<UserAccount> usersOf(String regroupementId) {
        String r = PlanServiceImpl.tenant(regroupementId);
        return store.read(em -> em.createQuery(
                        "SELECT u FROM UserAccountEntity u WHERE u.regroupementId = :r ORDER BY u.username",
                        UserAccountEntity.class)
                .setParameter("r", r)
                .getResultStream()
                .map(UserAccountEntity::toApi)
                .toList());
    }

    @Override
    public UserAccount createUser(String username, String displayName, String regroupementId, Set<Role> roles,
                                  char[] password, boolean temporary) {
        String r = PlanServiceImpl.tenant(regroupementId);
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username is required");
        }
        String name = username.strip();
        requireLongEnough(password);
        String hash = hash(password, iterations);
        for (int attempt = 1; ; attempt++) {
            try {
                return store.inTransaction(em -> {
                    if (byUsername(em, name).isPresent()) {
                        throw new IllegalArgumentException("The username " + name + " is already taken");
                    }
                    RegroupementServiceImpl.ensureListed(em, r);
                    UserAccountEntity user = new UserAccountEntity(r, name, displayName, "fr", hash,
                            roles == null ? Set.of() : roles, PlanServiceImpl.now());
                    user.password(hash, temporary);
                    em.persist(user);
                    em.flush();
                    return user.toApi();
                });
            } catch (PersistenceException e) {
                // a concurrent creation of the same username hits the unique constraint
                if (store.read(em -> byUsername(em, name)).isPresent()) {
                    throw new IllegalArgumentException("The username " + name + " is already taken", e);
                }
                // or of another user of a regroupement new to the platform: it is listed now, once more
                if (attempt == 1 && store.read(em -> em.find(RegroupementEntity.class, r)) != null) {
                    continue;
                }
                throw e;
            }
        }
    }

    static void requireLongEnough(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("The password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    @Override
    public boolean changePassword(String username, char[] currentPassword, char[] newPassword) {
        requireLongEnough(newPassword);
        if (username == null || currentPassword == null) {
            return false;
        }
        // hashed outside the transaction: the slow part holds no row lock
        String hash = hash(newPassword, iterations);
        return store.inTransaction(em -> {
            Optional<UserAccountEntity> user = byUsername(em, username);
            // the dummy hash keeps an unknown name as slow as a wrong password
            if (!verify(currentPassword, user.map(UserAccountEntity::passwordHash).orElse(dummyHash))
                    || user.isEmpty()) {
                return false;
            }
            user.get().password(hash, false);
            em.flush();
            return true;
        });
    }

    @Override
    public UserAccount resetPassword(String regroupementId, String username, char[] temporaryPassword) {
        String r = PlanServiceImpl.tenant(regroupementId);
        requireLongEnough(temporaryPassword);
        String hash = hash(temporaryPassword, iterations);
        return store.inTransaction(em -> {
            UserAccountEntity user = byUsername(em, username).filter(u -> u.regroupementId().equals(r))
                    .orElseThrow(() -> new IllegalArgumentException("No user " + username + " in this regroupement"));
            user.password(hash, true);
            em.flush();
            return user.toApi();
        });
    }

    @Override
    public boolean hasTemporaryPassword(String username) {
        return username != null
                && store.read(em -> byUsername(em, username).map(UserAccountEntity::passwordTemporary).orElse(false));
    }

    @Override
    public UserAccount setOpen(String regroupementId, String username, boolean open, String closedBy) {
        String r = PlanServiceImpl.tenant(regroupementId);
        if (!open && username != null && username.equals(closedBy)) {
            throw new IllegalArgumentException("Nobody closes their own account");
        }
        return store.inTransaction(em -> {
            // locked as changeRoles locks them: the last open administrator is counted after the other's commit
            List<UserAccountEntity> accounts = lockUsersOf(em, r);
            UserAccountEntity user = accounts.stream().filter(u -> u.username().equals(username)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No user " + username + " in this regroupement"));
            if (!open && user.active() && user.hasRole(Role.ADMINISTRATOR) && administrators(em, r) <= 1) {
                throw new LastAdministratorException(r, username);
            }
            user.active(open);
            em.flush();
            return user.toApi();
        });
    }

    @Override
    public UserAccount changeLanguage(String username, String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unknown language: " + language + " (" + String.join(", ", LANGUAGES) + ")");
        }
        return store.inTransaction(em -> {
            UserAccountEntity user = byUsername(em, username)
                    .orElseThrow(() -> new IllegalArgumentException("No user " + username));
            user.language(language);
            em.flush();
            return user.toApi();
        });
    }

    @Override
    public UserAccount changeRoles(String regroupementId, String username, Set<Role> roles) {
        String r = PlanServiceImpl.tenant(regroupementId);
        if (roles == null) {
            throw new IllegalArgumentException("roles are required (an empty set for none)");
        }
        Set<Role> wanted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        // the platform's role is given at set-up, never by a regroupement's administrator
        wanted.remove(Role.PLATFORM_ADMINISTRATOR);
        return store.inTransaction(em -> {
            // Every account of the regroupement is locked first, always in the same order: two
            // administrators removing each other's role at once are serialized, and the second one
            // counts the administrators after the first has committed.
            List<UserAccountEntity> accounts = lockUsersOf(em, r);
            UserAccountEntity user = accounts.stream().filter(u -> u.username().equals(username)).findFirst()
                    // the same words for an unknown user and another regroupement's: nothing leaks
                    .orElseThrow(() -> new IllegalArgumentException("No user " + username + " in this regroupement"));
            if (user.active() && user.hasRole(Role.ADMINISTRATOR) && !wanted.contains(Role.ADMINISTRATOR)
                    && administrators(em, r) <= 1) {
                throw new LastAdministratorException(r, username);
            }
            if (user.hasRole(Role.PLATFORM_ADMINISTRATOR)) {
                wanted.add(Role.PLATFORM_ADMINISTRATOR);
            }
            user.roles(wanted);
            em.flush();
            return user.toApi();
        });
    }

    /**
     * The accounts of a regroupement, each row locked for update until the transaction ends, in id
     * order (the same order for every caller, so that two of them never deadlock).
     */
    static List<UserAccountEntity> lockUsersOf(EntityManager em, String regroupementId) {
        return em.createQuery("SELECT u FROM UserAccountEntity u WHERE u.regroupementId = :r ORDER BY u.id",
                        UserAccountEntity.class)
                .setParameter("r", regroupementId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * How many open accounts of the regroupement are administrators, as committed now (read after the
     * lock): a closed administrator manages nothing.
     */
    private static long administrators(EntityManager em, String regroupementId) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccountEntity u JOIN u.roles r"
                        + " WHERE u.regroupementId = :g AND r = :role AND u.active = TRUE", Long.class)
                .setParameter("g", regroupementId)
                .setParameter("role", Role.ADMINISTRATOR)
                .getSingleResult();
    }

    @Override
    public List<String> regroupements() {
        return store.read(em -> em.createQuery("SELECT DISTINCT u.regroupementId FROM UserAccountEntity u"
                + " ORDER BY u.regroupementId", String.class).getResultList());
    }

    @Override
    public boolean hasAdministrator() {
        return store.read(em -> em.createQuery(
                        "SELECT COUNT(u) FROM UserAccountEntity u JOIN u.roles r WHERE r = :role", Long.class)
                .setParameter("role", Role.ADMINISTRATOR)
                .getSingleResult() > 0);
    }

    static Optional<UserAccountEntity> byUsername(EntityManager em, String username) {
        return em.createQuery("SELECT u FROM UserAccountEntity u WHERE u.username = :n", UserAccountEntity.class)
                .setParameter("n", username)
                .getResultStream()
                .findFirst();
    }

    static String hash(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    static boolean verify(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] expected = b64.decode(parts[3]);
            byte[] actual = pbkdf2(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false; // a malformed record or an empty password
        }
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
