package org.gridx.modules.selfgovernance.election.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.resident.ResidentDirectory;
import org.gridx.api.resident.ResidentProfile;
import org.gridx.modules.selfgovernance.election.domain.Candidate;
import org.gridx.modules.selfgovernance.election.domain.Election;

/**
 * Nominations, until voting opens: staff or a verified resident nominate a verified resident of the grid,
 * and only the nominee can accept (stand) or decline.
 */
@ApplicationScoped
public class Nominations {

    @Inject
    Elections elections;
    @Inject
    ResidentDirectory directory;

    @Transactional
    public Candidate nominate(UUID electionId, String nominee, String nominatedBy) {
        Election e = openForNominations(electionId);
        ResidentProfile p = directory.byUsername(nominee).filter(ResidentProfile::verified)
                .orElseThrow(() -> ProblemException.conflict("'" + nominee + "' is not a verified resident, and only "
                        + "verified residents may stand. They can ask their grid informant to verify their residency."));
        if (!e.gridCode.equals(p.gridCode())) {
            throw ProblemException.conflict("'" + nominee + "' lives in grid " + p.gridCode() + ", not in " + e.gridCode
                    + " where this election is held.");
        }
        if (Candidate.count("electionId = ?1 and username = ?2", e.id, nominee) > 0) {
            throw ProblemException.conflict("'" + nominee + "' is already nominated.");
        }
        Candidate c = new Candidate();
        c.electionId = e.id;
        c.username = nominee;
        c.displayName = p.displayName();
        c.nominatedBy = nominatedBy;
        c.persist();
        return c;
    }

    @Transactional
    public Candidate answer(UUID electionId, UUID candidateId, String caller, boolean accept) {
        Election e = openForNominations(electionId);
        Candidate c = Candidate.<Candidate>find("id = ?1 and electionId = ?2", candidateId, e.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Election " + electionId + " has no candidate " + candidateId + "."));
        if (!c.username.equals(caller)) {
            throw ProblemException.forbidden("Only the nominee (" + c.username + ") may accept or decline the nomination.");
        }
        c.status = accept ? Candidate.ACCEPTED : Candidate.DECLINED;
        return c;
    }

    private Election openForNominations(UUID electionId) {
        Election e = elections.find(electionId);
        if (!Instant.now().isBefore(e.opensAt)) {
            throw ProblemException.conflict("Nominations closed when voting opened at " + e.opensAt + ".");
        }
        return e;
    }
}
