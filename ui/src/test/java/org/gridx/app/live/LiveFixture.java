package org.gridx.app.live;

import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/**
 * A street for live-stream and notification tests: community C with grids G1 and G2, one account per kind
 * of audience (tenant-wide dispatcher, a worker per grid, the community's chief, a department handler, two
 * residents) and one disabled account.
 */
public final class LiveFixture {

    public static final String C = "150621901001";
    public static final String G1 = "150621901001001";
    public static final String G2 = "150621901001002";

    private LiveFixture() {
    }

    public static String tenant() {
        String code = Codes.tenant("lv");
        var d = TenantFixtures.street(code, 200, 100);
        d.set("accounts", TenantFixtures.fromYaml("""
                accounts:
                  - {username: disp, displayName: 调度, roles: [dispatcher]}
                  - {username: admin, displayName: 管理员, roles: [tenant-admin]}
                  - {username: inf.a, displayName: 信息员甲, roles: [informant], gridScope: ["150621901001001"]}
                  - {username: inf.c, displayName: 信息员丙, roles: [informant], gridScope: ["150621901001002"]}
                  - {username: chief.c, displayName: 社区网格长, roles: [grid-chief], gridScope: ["150621901001"]}
                  - {username: handler, displayName: 城管队员, roles: [department-handler], department: city-management}
                  - {username: res.a, displayName: 居民甲, roles: [resident]}
                  - {username: res.b, displayName: 居民乙, roles: [resident]}
                """).get("accounts"));
        TenantFixtures.create(d);
        return code;
    }

    public static String role(String username) {
        return switch (username) {
            case "disp" -> "dispatcher";
            case "admin" -> "tenant-admin";
            case "chief.c" -> "grid-chief";
            case "handler" -> "department-handler";
            case "res.a", "res.b" -> "resident";
            default -> "informant";
        };
    }

    public static String token(String tenant, String username) {
        return Tokens.of(tenant, username, role(username));
    }

    /** A token as a real sign-in makes it (subject = account id), for pages that read the signed-in account. */
    public static String sessionToken(String tenant, String username, String accountId) {
        return Tokens.sign(Tokens.claims(tenant, username, role(username)).subject(accountId));
    }
}
