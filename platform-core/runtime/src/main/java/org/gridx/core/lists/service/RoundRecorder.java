package org.gridx.core.lists.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.lists.domain.CaseReportDraft;
import org.gridx.core.lists.domain.PatrolCheck;
import org.gridx.core.lists.domain.PatrolItem;
import org.gridx.core.lists.domain.PatrolRound;

/** Checks a round against the grid, the informant's scope and the checklist, then writes it and its drafts. */
@ApplicationScoped
public class RoundRecorder {

    /** Phones' clocks drift; a check stamped further ahead than this is refused as a wrong clock. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Transactional(Transactional.TxType.MANDATORY)
    PatrolRound record(String key, String hash, String informant, List<String> scope, RoundSubmission s, Instant now) {
        if (GridNode.find("code", s.grid()).firstResultOptional().isEmpty()) {
            throw ProblemException.invalid("Unknown grid.", List.of(new FieldProblem("/grid", "'" + s.grid() + "' is not a grid of this tenant")));
        }
        if (scope.stream().noneMatch(s.grid()::startsWith)) {
            throw ProblemException.forbidden("Grid " + s.grid() + " is not in your grid scope " + scope + "; patrol your own grid.");
        }
        Map<UUID, PatrolItem> items = PatrolItem.<PatrolItem>list("active", true).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < s.checks().size(); i++) {
            RoundSubmission.Check c = s.checks().get(i);
            if (!items.containsKey(c.item())) {
                problems.add(new FieldProblem("/checks/" + i + "/item", "not an item of the current patrol checklist"));
            } else if (!seen.add(c.item())) {
                problems.add(new FieldProblem("/checks/" + i + "/item", "checked twice in one round; send each item once"));
            }
            if ((c.lon() == null) != (c.lat() == null)) {
                problems.add(new FieldProblem("/checks/" + i + "/lat", "send both lon and lat, or neither"));
            }
            if (c.at() != null && c.at().isAfter(now.plus(CLOCK_SKEW))) {
                problems.add(new FieldProblem("/checks/" + i + "/at", "lies in the future; check the phone's clock"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Some checks of the round are not valid; fix each one named below.", problems);
        }
        PatrolRound round = new PatrolRound();
        round.idempotencyKey = key;
        round.bodyHash = hash;
        round.informant = informant;
        round.gridCode = s.grid();
        round.submittedAt = now;
        round.persist();
        for (RoundSubmission.Check c : s.checks()) {
            PatrolCheck check = new PatrolCheck();
            check.roundId = round.id;
            check.itemId = c.item();
            check.result = c.result();
            check.checkedAt = c.at() == null ? now : c.at();
            check.lon = c.lon();
            check.lat = c.lat();
            check.note = c.note();
            check.persist();
            if (PatrolCheck.PROBLEM.equals(c.result())) {
                draftFrom(items.get(c.item()), check, round);
            }
        }
        return round;
    }

    private static void draftFrom(PatrolItem item, PatrolCheck check, PatrolRound round) {
        CaseReportDraft d = new CaseReportDraft();
        d.patrolCheckId = check.id;
        d.catalogueKind = item.catalogueKind;
        d.catalogueCode = item.catalogueCode;
        d.gridCode = round.gridCode;
        d.lon = check.lon;
        d.lat = check.lat;
        String note = check.note == null || check.note.isBlank() ? "" : ": " + check.note.strip();
        d.description = (item.textZh + note).substring(0, Math.min(1000, (item.textZh + note).length()));
        d.reporter = round.informant;
        d.persist();
    }
}
