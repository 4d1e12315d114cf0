package ca.concerto.adoption.impl;

import java.util.Arrays;
import java.util.List;

/** The board task's form in a cycle, beyond what each field's own validation checks. */
final class DecisionForms {

    static final List<String> VOTE_FIELDS = List.of(ProcessVariables.MEMBERS_PRESENT, ProcessVariables.QUORUM,
            ProcessVariables.IN_FAVOUR, ProcessVariables.AGAINST, ProcessVariables.ABSTENTIONS);

    private DecisionForms() {
    }

    /** The usernames of a written resolution's signatories, as typed: comma- or space-separated. */
    static List<String> signatories(String typed) {
        return typed == null ? List.of()
                : Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
    }
}
