package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.lists.domain.EscalationStep;

/**
 * What the lists say about a case: its disposal-list item in the version it was registered under (so a
 * list published later never changes a running case), its step time limits and its escalation path.
 * Service requests take their limits from the tenant's loop settings and climb a default path.
 */
@ApplicationScoped
public class CaseItems {

    @jakarta.inject.Inject
    LoopSettings settings;

    static final List<EscalationStep> SERVICE_PATH = List.of(new EscalationStep("community", "supervisor", "PT24H"),
            new EscalationStep("street", "dispatcher", "P3D"));

    /**
     * Items of published list versions never change (the lists service refuses), and a case only refers to a
     * published one, so each (version, code) is read once per replica instead of several times per move.
     * Version ids are unique across tenants, and a tenant only ever asks for its own cases' versions.
     */
    private final Map<String, Optional<DisposalListItem>> published = new ConcurrentHashMap<>();

    public Optional<DisposalListItem> item(CaseFile c) {
        if (!c.isProblem()) {
            return Optional.empty();
        }
        return item(c.listVersionId, c.itemCode);
    }

    /** Item {@code code} of published version {@code versionId}, empty when the version has no such item. */
    public Optional<DisposalListItem> item(java.util.UUID versionId, String code) {
        String key = versionId + "/" + code;
        Optional<DisposalListItem> known = published.get(key);
        if (known != null) {
            return known;
        }
        Optional<DisposalListItem> read = DisposalListItem.inVersion(versionId, code);
        read.ifPresent(i -> published.put(key, read));
        return read;
    }

    /** The limit of the step a case in {@code state} is waiting for; empty when the state has no deadline. */
    public Optional<Duration> limit(CaseFile c, CaseState state) {
        String step = switch (state) {
            case REPORTED -> "verify";
            case REGISTERED -> "dispatch";
            case DISPATCHED -> "accept";
            case ACCEPTED -> "handle";
            case HANDLED -> "check";
            default -> null;
        };
        if (step == null) {
            return Optional.empty();
        }
        Optional<DisposalListItem> item = item(c);
        String iso = item.map(i -> switch (step) {
            case "verify" -> i.verifyLimit;
            case "dispatch" -> i.dispatchLimit;
            case "accept" -> i.acceptLimit;
            case "handle" -> i.handleLimit;
            default -> i.checkLimit;
        }).orElseGet(() -> settings.get().serviceLimits.getOrDefault(step, "PT24H"));
        return Optional.of(Duration.parse(iso));
    }

    public List<EscalationStep> escalationPath(CaseFile c) {
        return item(c).map(i -> i.escalation).filter(p -> !p.isEmpty()).orElse(SERVICE_PATH);
    }

    /** The rung above the case's current level, if the path has one. */
    public Optional<EscalationStep> nextRung(CaseFile c) {
        int current = EscalationStep.LEVELS.indexOf(c.escalationLevel);
        return escalationPath(c).stream().filter(s -> EscalationStep.LEVELS.indexOf(s.level()) > current).findFirst();
    }
}
