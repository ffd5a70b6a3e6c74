package org.gridx.app.elements;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.gridx.api.identity.TokenClaims;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/** A street with one community and two grids, scoped tokens, and valid identity-card numbers for element tests. */
final class ElementFixtures {

    static final String STREET = "150621901";
    static final String COMMUNITY = "150621901001";
    static final String GRID_A = "150621901001001";
    static final String GRID_B = "150621901001002";

    private ElementFixtures() {
    }

    static String tenant() {
        String code = Codes.tenant("el");
        var d = TenantFixtures.street(code, 200, 300);
        TenantFixtures.create(d);
        return code;
    }

    /** A token for {@code role} scoped to {@code gridCodes} (none: a tenant-wide or unscoped caller). */
    static String token(String tenant, String user, String role, String... gridCodes) {
        return Tokens.sign(Tokens.claims(tenant, user, role).claim(TokenClaims.GRID_SCOPE, List.of(gridCodes)));
    }

    static String admin(String tenant) {
        return token(tenant, "admin", "tenant-admin");
    }

    /** A valid 18-digit number (GB 11643 check digit) born in {@code year}, varied by {@code seq}. */
    static String idCard(int year, int seq) {
        return idCard(year, 6, 15, seq);
    }

    static String idCard(int year, int month, int day, int seq) {
        String first17 = "150621" + year + String.format("%02d%02d", month, day) + String.format("%03d", seq % 1000);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static ValidatableResponse register(String tenant, String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/t/" + tenant + "/residents").then();
    }

    static Map<String, Object> resident(String name, String idCard, String phone, String grid) {
        return Map.of("name", name, "gender", "女", "idCard", idCard, "phone", phone, "gridCode", grid,
                "householdCode", "H-" + name.hashCode(), "tags", List.of("独居老人"));
    }
}
