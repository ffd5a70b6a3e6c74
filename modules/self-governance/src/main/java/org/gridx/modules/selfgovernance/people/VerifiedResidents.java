package org.gridx.modules.selfgovernance.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.resident.ResidentDirectory;
import org.gridx.api.resident.ResidentProfile;

/**
 * The gate for acts that need a verified resident (vote, support, stand). Unverified or unregistered
 * callers get a 403 that says how to become verified, never a silent refusal.
 */
@ApplicationScoped
public class VerifiedResidents {

    @Inject
    ResidentDirectory directory;

    /** The caller's profile when they are a verified resident; 403 otherwise, naming the act refused. */
    public ResidentProfile require(String username, String act) {
        ResidentProfile p = directory.byUsername(username).orElseThrow(() -> ProblemException.forbidden(
                "Only registered, verified residents may " + act + ". Register as a resident of your grid first."));
        if (!p.verified()) {
            throw ProblemException.forbidden("Only verified residents may " + act + ". Your residency is not verified "
                    + "yet: ask your grid informant or specialist to verify it.");
        }
        return p;
    }
}
