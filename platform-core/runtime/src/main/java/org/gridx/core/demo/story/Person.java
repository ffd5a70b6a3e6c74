package org.gridx.core.demo.story;

import java.util.Set;
import org.gridx.core.casework.domain.Transition;

/** Someone who moves a generated case: an account's username and roles (or the loop's own timers). */
public record Person(String username, Set<String> roles) {

    public static final Person SYSTEM = new Person("system", Set.of(Transition.SYSTEM));

    /** The role the loop records for this person making {@code t}: the first of theirs the move allows. */
    public String roleFor(Transition t) {
        return roles.stream().filter(t.roles()::contains).sorted().findFirst().orElseThrow(() ->
                new IllegalStateException(username + " " + roles + " cannot '" + t.action().code() + "'"));
    }

    public boolean can(Transition t) {
        return roles.stream().anyMatch(t.roles()::contains);
    }
}
