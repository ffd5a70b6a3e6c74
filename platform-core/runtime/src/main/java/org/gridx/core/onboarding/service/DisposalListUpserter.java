package org.gridx.core.onboarding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import org.gridx.core.lists.service.DisposalItem;
import org.gridx.core.lists.service.DisposalListImport;
import org.gridx.core.lists.service.ListDiff;
import org.gridx.core.onboarding.definition.TenantDefinition.DisposalListSpec;

/**
 * The disposal list, compared with the version in force: a difference publishes a new version. Items the
 * file no longer has are reported as absent; they leave the new version but stay in the old ones.
 */
@ApplicationScoped
class DisposalListUpserter {

    @Inject
    DisposalListImport lists;

    void apply(DisposalListSpec spec, String actor, Tally tally) {
        if (spec == null) {
            return;
        }
        ListDiff diff = lists.apply(spec.items(), spec.effectiveFrom(), actor);
        Set<String> added = new HashSet<>(diff.added());
        Set<String> changed = new HashSet<>();
        diff.changed().forEach(c -> changed.add(c.code()));
        for (DisposalItem item : spec.items()) {
            tally.count(added.contains(item.code()), changed.contains(item.code()));
        }
        tally.absent(diff.removed());
    }
}
