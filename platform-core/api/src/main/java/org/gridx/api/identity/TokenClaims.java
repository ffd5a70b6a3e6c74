package org.gridx.api.identity;

/** Names of the GridX-specific claims in access tokens, shared by issuers, verifiers and tests. */
public final class TokenClaims {
    /** The tenant code the token was issued for; absent for platform operators. */
    public static final String TENANT = "tenant";
    /** Grid node codes the account is responsible for (its grid scope). */
    public static final String GRID_SCOPE = "grid";
    /** The department code of a department handler. */
    public static final String DEPARTMENT = "dept";
    /** Preferred display name. */
    public static final String NAME = "name";

    private TokenClaims() {
    }
}
