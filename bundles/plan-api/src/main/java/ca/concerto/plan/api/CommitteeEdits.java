package ca.concerto.plan.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.PlanDocument;

/**
 * The rules of {@link PlanDocumentService#saveCommittee} and {@link PlanDocumentService#removeCommittee}
 * on a document, for every implementation to apply alike: a committee is written only if it is still as
 * the caller read it.
 */
public final class CommitteeEdits {

    private CommitteeEdits() {
    }

    /**
     * {@code document} with {@code changed} added after its committees ({@code expected} null) or in
     * place of {@code expected}.
     *
     * @throws CommitteeConflictException if the document's committee of that key is not {@code expected}
     * @throws IllegalArgumentException   if {@code changed} has another key than {@code expected}, or the
     *                                    document would be invalid
     */
    public static PlanDocument save(PlanDocument document, Committee expected, Committee changed) {
        Objects.requireNonNull(changed, "changed");
        if (expected != null && !expected.key().equals(changed.key())) {
            throw new IllegalArgumentException("The changed committee's key " + changed.key() + " is not "
                    + expected.key());
        }
        List<Committee> committees = new ArrayList<>(document.committees());
        int at = indexOf(committees, changed.key());
        Committee stored = at < 0 ? null : committees.get(at);
        if (!Objects.equals(stored, expected)) {
            throw new CommitteeConflictException(changed.key(), stored);
        }
        if (at < 0) {
            committees.add(changed);
        } else {
            committees.set(at, changed);
        }
        return document.withCommittees(committees);
    }

    /**
     * {@code document} without {@code expected}.
     *
     * @throws CommitteeConflictException if the document's committee of that key is not {@code expected}
     * @throws IllegalArgumentException   if a meeting or project of the document refers to it
     */
    public static PlanDocument remove(PlanDocument document, Committee expected) {
        Objects.requireNonNull(expected, "expected");
        List<Committee> committees = new ArrayList<>(document.committees());
        int at = indexOf(committees, expected.key());
        if (at < 0 || !committees.get(at).equals(expected)) {
            throw new CommitteeConflictException(expected.key(), at < 0 ? null : committees.get(at));
        }
        committees.remove(at);
        return document.withCommittees(committees);
    }

    private static int indexOf(List<Committee> committees, String key) {
        for (int i = 0; i < committees.size(); i++) {
            if (committees.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
