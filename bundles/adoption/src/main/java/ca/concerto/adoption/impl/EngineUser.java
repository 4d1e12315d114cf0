package ca.concerto.adoption.impl;

import java.util.function.Supplier;

import ca.concerto.identity.api.UserAccount;

import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as a platform user, so that the engine's user operation log (the history of
 * claims, delegations and completions) names who did it. The engine keeps the authentication in a
 * thread local: it is always restored in finally, to what it was before (nothing, usually).
 */
final class EngineUser {

    private EngineUser() {
    }

    static void run(ProcessEngine engine, UserAccount user, Runnable action) {
        call(engine, user, () -> {
            action.run();
            return null;
        });
    }

    static <T> T call(ProcessEngine engine, UserAccount user, Supplier<T> action) {
        IdentityService identity = engine.getIdentityService();
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthentication(user.username(), TaskGroups.of(user));
        try {
            return action.get();
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }
}
