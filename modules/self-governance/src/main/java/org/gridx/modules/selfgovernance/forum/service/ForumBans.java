package org.gridx.modules.selfgovernance.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.forum.ForumDeclarations;
import org.gridx.modules.selfgovernance.forum.domain.Forum;
import org.gridx.modules.selfgovernance.forum.domain.ForumBan;

/** Bans from one forum until a date; the banned person appeals once and a moderator decides once. */
@ApplicationScoped
public class ForumBans {

    /** Days end at midnight in China, where every tenant of the platform is. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    ForumCatalogue forums;
    @Inject
    ForumRules rules;

    public ForumBan get(UUID id) {
        ForumBan b = ForumBan.findById(id);
        if (b == null) {
            throw ProblemException.notFound("There is no ban " + id + " here.");
        }
        return b;
    }

    @Transactional
    public ForumBan ban(Participant p, UUID forumId, BanInput in) {
        Forum forum = forums.get(forumId);
        ForumModerators.require(p, forum);
        LocalDate today = LocalDate.now(CHINA);
        long max = rules.settings().integer(ForumDeclarations.BAN_MAX_DAYS);
        if (in.until().isBefore(today) || in.until().isAfter(today.plusDays(max))) {
            throw ProblemException.invalid("The ban's last day is out of range.", List.of(new FieldProblem("/until",
                    "must be from " + today + " to " + today.plusDays(max) + " (at most " + max + " days, tenant setting)")));
        }
        if (in.username().equals(p.username())) {
            throw ProblemException.invalid("A moderator cannot ban themselves.", List.of(new FieldProblem("/username", "name someone else")));
        }
        if (ForumBan.of(forumId, in.username()).stream().anyMatch(b -> b.activeAt(Instant.now()))) {
            throw ProblemException.conflict(in.username() + " is already banned from this forum.");
        }
        ForumBan b = new ForumBan();
        b.forumId = forumId;
        b.username = in.username().strip();
        b.reason = in.reason().strip();
        b.endsAt = in.until().plusDays(1).atStartOfDay(CHINA).toInstant();
        b.createdAt = Instant.now();
        b.createdBy = p.username();
        b.persist();
        return b;
    }

    @Transactional
    public ForumBan appeal(Participant p, UUID banId, AppealInput in) {
        ForumBan b = get(banId);
        if (!b.username.equals(p.username())) {
            throw ProblemException.notFound("There is no ban " + banId + " of yours.");
        }
        if (b.appealedAt != null) {
            throw ProblemException.conflict("You have already appealed this ban; a ban can be appealed once.");
        }
        b.appealText = in.text().strip();
        b.appealedAt = Instant.now();
        return b;
    }

    @Transactional
    public ForumBan decide(Participant p, UUID banId, DecisionInput in) {
        ForumBan b = get(banId);
        ForumModerators.require(p, forums.get(b.forumId));
        if (b.appealedAt == null) {
            throw ProblemException.conflict("This ban has not been appealed; there is nothing to decide.");
        }
        if (b.decision != null) {
            throw ProblemException.conflict("The appeal was already decided (" + b.decision + ").");
        }
        b.decision = "lift".equals(in.decision()) ? ForumBan.LIFTED : ForumBan.UPHELD;
        b.decisionNote = ForumCatalogue.blankToNull(in.note());
        b.decidedBy = p.username();
        b.decidedAt = Instant.now();
        return b;
    }

    public List<ForumBan> of(Participant p, UUID forumId) {
        ForumModerators.require(p, forums.get(forumId));
        return ForumBan.list("forumId = ?1 order by createdAt desc", forumId);
    }

    public List<ForumBan> mine(Participant p) {
        return ForumBan.list("username = ?1 order by createdAt desc", p.username());
    }

    /** Appeals waiting for a decision in the forums {@code p} moderates. */
    public List<ForumBan> pendingAppeals(Participant p) {
        return ForumBan.<ForumBan>list("appealedAt is not null and decision is null order by appealedAt").stream()
                .filter(b -> ForumModerators.moderates(p, forums.get(b.forumId))).toList();
    }
}
