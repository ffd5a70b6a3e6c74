package org.gridx.modules.selfgovernance.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridx.api.module.ModuleAccess;
import org.gridx.api.module.ModuleSettings;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.resident.ResidentDirectory;
import org.gridx.api.resident.ResidentProfile;
import org.gridx.api.tenant.TenantContext;
import org.gridx.modules.selfgovernance.SelfGovernanceModule;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.forum.ForumDeclarations;
import org.gridx.modules.selfgovernance.forum.domain.Forum;
import org.gridx.modules.selfgovernance.forum.domain.ForumBan;

/**
 * The tenant's forum rules applied to one person: may they write in this forum at all (not banned), may
 * they open a thread (the tenant's "who may open threads" setting), and are title and text within limits.
 */
@ApplicationScoped
public class ForumRules {

    @Inject
    ModuleAccess modules;
    @Inject
    TenantContext tenant;
    @Inject
    ResidentDirectory residents;

    public ModuleSettings settings() {
        return modules.settings(tenant.require(), SelfGovernanceModule.ID);
    }

    public void mayWrite(Participant p, Forum forum) {
        Optional<ForumBan> ban = ForumBan.of(forum.id, p.username()).stream()
                .filter(b -> b.activeAt(Instant.now())).findFirst();
        if (ban.isPresent()) {
            throw ProblemException.forbidden("You are banned from this forum until " + ban.get().endsAt
                    + " (reason: " + ban.get().reason + "). You may appeal once: POST …/bans/" + ban.get().id + "/appeal.");
        }
    }

    public void mayOpenThread(Participant p, Forum forum) {
        mayWrite(p, forum);
        String openers = settings().text(ForumDeclarations.THREAD_OPENERS);
        boolean allowed = p.isStaff() || switch (openers) {
            case ForumDeclarations.OPENERS_RESIDENTS -> true;
            case ForumDeclarations.OPENERS_VERIFIED -> verified(p.username());
            default -> false;
        };
        if (!allowed) {
            throw ProblemException.forbidden(ForumDeclarations.OPENERS_VERIFIED.equals(openers)
                    ? "Only residents whose residency is verified may open threads here; ask your grid's informant to verify you, or reply to a thread."
                    : "Only staff may open threads in this tenant's forums; reply to a thread instead.");
        }
    }

    public void checkTitle(String title) {
        within("/title", title, settings().integer(ForumDeclarations.TITLE_MAX));
    }

    public void checkBody(String body) {
        within("/body", body, settings().integer(ForumDeclarations.POST_MAX));
    }

    private boolean verified(String username) {
        return residents.byUsername(username).map(ResidentProfile::verified).orElse(false);
    }

    private static void within(String field, String text, long max) {
        if (text.strip().length() > max) {
            throw ProblemException.invalid("The text is longer than this tenant allows.",
                    List.of(new FieldProblem(field, "at most " + max + " characters (tenant setting), was "
                            + text.strip().length())));
        }
    }
}
