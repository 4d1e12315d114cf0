package ca.concerto.adoption.impl;

import java.util.List;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;

/**
 * Engine candidate groups are per regroupement ("troc-monteregie:board-member"), so a task
 * offered to one regroupement's board never shows in another's inbox.
 */
final class TaskGroups {

    private TaskGroups() {
    }

    static String of(String regroupementId, Role role) {
        return regroupementId + ":" + role.groupId();
    }

    static List<String> of(UserAccount user) {
        return user.roles().stream().map(role -> of(user.regroupementId(), role)).sorted().toList();
    }
}
