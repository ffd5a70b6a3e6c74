package org.gridx.core.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.casework.domain.CaseTransitions;
import org.gridx.core.casework.domain.Transition;
import org.junit.jupiter.api.Test;

class CaseTransitionsTest {

    @Test
    void eachStateHasAtMostOneRowPerAction() {
        Set<String> seen = new HashSet<>();
        for (Transition t : CaseTransitions.ALL) {
            assertTrue(seen.add(t.from() + "/" + t.action()), "two rows for " + t.from() + " " + t.action());
        }
    }

    @Test
    void finishedCasesCannotMoveAndOpenOnesCanAlwaysEscalate() {
        for (CaseState s : List.of(CaseState.REJECTED, CaseState.EVALUATED, CaseState.MERGED)) {
            assertTrue(CaseTransitions.ALL.stream().noneMatch(t -> t.from() == s), s + " is final");
        }
        for (CaseState s : CaseState.values()) {
            assertEquals(s.open(), CaseTransitions.find(s, CaseAction.ESCALATE).isPresent(), s.code());
        }
    }

    @Test
    void peopleSeeTheirOwnActionsButNeverTheTimersMarks() {
        Set<String> dispatcher = Set.of(Role.Names.DISPATCHER);
        assertFalse(CaseTransitions.allowed(CaseState.ACCEPTED, dispatcher).contains(CaseAction.OVERDUE));
        assertEquals(List.of(CaseAction.ACCEPT, CaseAction.RETURN),
                CaseTransitions.allowed(CaseState.DISPATCHED, Set.of(Role.Names.DEPARTMENT_HANDLER)));
        assertEquals(List.of(CaseAction.REGISTER, CaseAction.REJECT, CaseAction.MERGE, CaseAction.ESCALATE),
                CaseTransitions.allowed(CaseState.REPORTED, dispatcher));
    }
}
