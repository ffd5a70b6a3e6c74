package org.gridx.app.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.gridx.api.identity.TokenClaims;
import org.gridx.testkit.TestKeys;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forged and misplaced tokens on a tenant endpoint. Each forgery carries the real account's id, tenant
 * and role, so if verification let it through, /me would answer 200 with the account: the tests can fail.
 */
@QuarkusTest
class TokenAttackTest {

    String tenant;
    UUID accountId;

    @BeforeEach
    void setUp() {
        tenant = IdentityFixture.tenant();
        accountId = IdentityFixture.account(tenant, "gaolimei", "informant");
    }

    private JwtClaimsBuilder claims() {
        return Jwt.issuer(Tokens.issuer()).audience(Tokens.audience()).subject(accountId.toString()).upn("gaolimei")
                .groups(Set.of("informant")).claim(TokenClaims.TENANT, tenant).claim(TokenClaims.GRID_SCOPE, List.of())
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
    }

    private void me(String token, int status) {
        given().auth().oauth2(token).get("/api/t/" + tenant + "/me").then().statusCode(status);
    }

    @Test
    void aProperlySignedTokenIsAccepted() {
        given().auth().oauth2(claims().sign(TestKeys.pair().getPrivate())).get("/api/t/" + tenant + "/me")
                .then().statusCode(200).body("id", equalTo(accountId.toString()));
    }

    /** Verified tokens are remembered (VerifiedTokens): the memory must never outlive the token. */
    @Test
    void aRememberedTokenStillExpiresOnTime() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String token = claims().expiresAt(expiry).sign(TestKeys.pair().getPrivate());
        me(token, 200);
        me(token, 200);
        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 2200); // past the 1 s skew of tests
        me(token, 401);
    }

    /** Only the exact string verified is remembered: a token changed after it was accepted is checked in full. */
    @Test
    void aRememberedTokenChangedInAnyPartIsRefused() {
        String token = claims().sign(TestKeys.pair().getPrivate());
        me(token, 200);
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        me(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(parts[2].length() - 1), 401);
        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("informant", "dispatcher")
                .getBytes(StandardCharsets.UTF_8));
        me(parts[0] + "." + otherClaims + "." + parts[2], 401);
        me(token, 200);
    }

    @Test
    void algNone() {
        String signed = claims().sign(TestKeys.pair().getPrivate());
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        me(header + "." + signed.split("\\.")[1] + ".", 401);
    }

    @Test
    void signedByAnotherKey() {
        me(claims().sign(TestKeys.generate().getPrivate()), 401);
    }

    @Test
    void hs256WithThePublicKeyAsSecret() {
        byte[] pem = TestKeys.pem("PUBLIC KEY", TestKeys.pair().getPublic().getEncoded()).getBytes(StandardCharsets.UTF_8);
        me(claims().jws().algorithm(SignatureAlgorithm.HS256).sign(new SecretKeySpec(pem, "HmacSHA256")), 401);
        byte[] der = TestKeys.pair().getPublic().getEncoded();
        me(claims().jws().algorithm(SignatureAlgorithm.HS256).sign(new SecretKeySpec(der, "HmacSHA256")), 401);
    }

    @Test
    void expired() {
        me(claims().issuedAt(Instant.now().minusSeconds(900)).expiresAt(Instant.now().minusSeconds(300))
                .sign(TestKeys.pair().getPrivate()), 401);
    }

    @Test
    void wrongIssuer() {
        me(claims().issuer("https://evil.example").sign(TestKeys.pair().getPrivate()), 401);
    }

    @Test
    void wrongAudience() {
        me(claims().audience("someone-else").sign(TestKeys.pair().getPrivate()), 401);
    }

    @Test
    void missingTenantClaim() {
        String token = Jwt.issuer(Tokens.issuer()).audience(Tokens.audience()).subject(accountId.toString())
                .groups(Set.of("informant")).expiresAt(Instant.now().plusSeconds(300)).sign(TestKeys.pair().getPrivate());
        me(token, 404);
    }

    @Test
    void tenantMismatchWithThePath() {
        String other = IdentityFixture.tenant();
        me(claims().claim(TokenClaims.TENANT, other).sign(TestKeys.pair().getPrivate()), 404);
    }

    @Test
    void operatorTokenOnATenantPath() {
        me(Tokens.operator("operator"), 404);
    }

    @Test
    void noTokenAtAll() {
        given().get("/api/t/" + tenant + "/me").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
