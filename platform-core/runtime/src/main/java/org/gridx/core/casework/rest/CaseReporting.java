package org.gridx.core.casework.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.Actors;
import org.gridx.core.casework.service.CaseAccess;
import org.gridx.core.casework.service.CaseIntake;
import org.gridx.core.casework.service.ChainVerifier;
import org.gridx.core.casework.service.Intake;
import org.gridx.core.casework.service.ReportInput;

/**
 * Intake as the API sees it. Two copies of one report racing (a phone's retry overtaking the first send)
 * both pass the "seen this key?" check; the unique key lets one insert win, and the loser is answered by
 * running intake again, which now finds the winner's case.
 */
@ApplicationScoped
public class CaseReporting {

    @Inject
    CaseIntake intake;
    @Inject
    CaseAccess access;
    @Inject
    CaseViews views;
    @Inject
    ChainVerifier chain;

    public Intake report(ReportInput in, Actors who, String key) {
        try {
            return intake.take(in, who, key);
        } catch (RuntimeException e) {
            if (key != null && isKeyRace(e)) {
                return intake.take(in, who, key);
            }
            throw e;
        }
    }

    /** The answer to a report: a new case from what intake just wrote, an earlier one read as usual. */
    public CaseView view(Intake i, Actor actor) {
        return i.created() ? views.ofNew(i, actor) : view(i.file().id, actor);
    }

    @Transactional
    public CaseView view(UUID id, Actor actor) {
        return views.of(access.visible(id, actor), actor);
    }

    /** The answer to a move: the case as it now is, for the person who moved it. */
    public CaseView moved(org.gridx.core.casework.domain.CaseFile c, Actor actor) {
        return views.of(c, actor);
    }

    @Transactional
    public ChainVerifier.Finding verify(UUID id, Actor actor) {
        return chain.verify(access.visible(id, actor));
    }

    private static boolean isKeyRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // intake writes the case with plain SQL (NewCaseRows): PostgreSQL names the constraint in its message
            if (t instanceof java.sql.SQLException s && "23505".equals(s.getSQLState()) && s.getMessage() != null
                    && s.getMessage().contains("idempotency")) {
                return true;
            }
        }
        return false;
    }
}
