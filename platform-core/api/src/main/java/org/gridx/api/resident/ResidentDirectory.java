package org.gridx.api.resident;

import java.util.Optional;

/**
 * Who a signed-in resident is, for "+X" modules: the core's resident portal registers residents and the grid's
 * informant or specialist verifies their residency (Decidim's census authorisation). Unverified residents
 * may read and comment; only verified ones may vote, stand or sign — modules ask here, in the current tenant.
 */
public interface ResidentDirectory {

    /** The resident behind a tenant account, or empty when the account is not a registered resident. */
    Optional<ResidentProfile> byUsername(String username);
}
