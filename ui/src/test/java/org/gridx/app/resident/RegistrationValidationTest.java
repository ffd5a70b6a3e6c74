package org.gridx.app.resident;

import static io.restassured.RestAssured.given;
import static org.gridx.app.resident.ResidentFixture.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Registration through the public API: every wrong field named with how to fix it, never a 500, throttled per address. */
@QuarkusTest
class RegistrationValidationTest {

    static ValidatableResponse post(String t, Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/t/" + t + "/registrations").then();
    }

    @Test
    void aValidRegistrationMakesAPendingResidentAccountThatCanSignIn() {
        String t = tenant("rv");
        Places p = places(t);
        post(t, registration("li.min", " 李敏 ", "+86 138-0000-0000", p.unit1())).statusCode(201)
                .body("state", equalTo("pending")).body("phone", equalTo("13800000000")).body("displayName", equalTo("李敏"))
                .body("gridCode", equalTo(G1)).body("address", equalTo("幸福小区 1号楼 1单元"));
        assertEquals("{resident}", AdminSql.query("SELECT roles::text AS r FROM account WHERE tenant_id = ? AND username = 'li.min'", t)
                .get(0).get("r"));
        // the phone is sealed at rest, never stored in clear
        byte[] sealed = (byte[]) AdminSql.query("SELECT phone_enc FROM resident_registration WHERE tenant_id = ?", t).get(0).get("phone_enc");
        org.junit.jupiter.api.Assertions.assertFalse(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1).contains("13800000000"));
        given().contentType(ContentType.JSON).body(Map.of("username", "li.min", "password", PASSWORD))
                .post("/api/t/" + t + "/auth/login").then().statusCode(200).body("accessToken", notNullValue());
    }

    @Test
    void everyWrongFieldIsNamedWithHowToFixIt() {
        String t = tenant("rw");
        Places p = places(t);
        post(t, Map.of()).statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", hasItems("/username", "/displayName", "/phone", "/password", "/placeId"));
        post(t, Map.of("username", "Li Min", "displayName", "李敏", "phone", "12345", "email", "not-mail", "password", "short",
                "placeId", p.building1())).statusCode(422)
                .body("errors.find { it.pointer == '/username' }.message", containsString("lower-case"))
                .body("errors.find { it.pointer == '/phone' }.message", containsString("11 digits"))
                .body("errors.find { it.pointer == '/email' }.message", containsString("e-mail"))
                .body("errors.find { it.pointer == '/password' }.message", containsString("at least 8"))
                .body("errors.find { it.pointer == '/placeId' }.message", containsString("unit"));
        // e-mail alone is enough contact
        Map<String, Object> mailOnly = registration("mail.only", "王芳", null, p.unit1());
        mailOnly.put("email", "wang.fang@example.com");
        post(t, mailOnly).statusCode(201).body("email", equalTo("wang.fang@example.com"));
        // taken usernames (also staff's) are a conflict, and nothing is created
        post(t, registration("gao.limei", "冒名", "13800000001", p.unit1())).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("taken"));
        // not JSON, or the wrong types: a 400 problem, not a 500
        given().contentType(ContentType.JSON).body("{not json").post("/api/t/" + t + "/registrations").then()
                .statusCode(400).contentType("application/problem+json");
        post(t, Map.of("placeId", "not-a-uuid")).statusCode(400).contentType("application/problem+json");
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM resident_registration WHERE tenant_id = ?", t));
    }

    @Test
    void aPlaceOfAnotherTenantIsNotAPlaceHere() {
        String a = tenant("rx");
        String b = tenant("ry");
        Places pb = places(b);
        post(a, registration("li.min", "李敏", "13800000000", pb.unit1())).statusCode(422)
                .body("errors[0].pointer", equalTo("/placeId"));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM account WHERE tenant_id = ? AND username = 'li.min'", a));
    }

    @Test
    void anAddressRegisteringTooOftenIsToldWhenToTryAgain() {
        String t = tenant("rz");
        Places p = places(t);
        for (int i = 0; i < 10; i++) {
            post(t, registration("user" + i + ".x", "居民" + i, "13800000000", p.unit1())).statusCode(201);
        }
        post(t, registration("user10.x", "居民10", "13800000000", p.unit1())).statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("registrations"));
        // another street is not affected by this one's count
        String other = tenant("ra");
        Places po = places(other);
        post(other, registration("user10.x", "居民10", "13800000000", po.unit1())).statusCode(201);
    }
}
