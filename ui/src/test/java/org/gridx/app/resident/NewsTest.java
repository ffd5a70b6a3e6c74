package org.gridx.app.resident;

import static io.restassured.RestAssured.given;
import static org.gridx.app.resident.ResidentFixture.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The street's news: the administrator and specialists publish, everyone reads, a withdrawn item is gone from public view. */
@QuarkusTest
class NewsTest {

    @Test
    void publishReadWithdraw() {
        String t = tenant("nw");
        String base = "/api/t/" + t + "/news";
        String id = as(t, "admin").body(Map.of("titleZh", "北大社区民情问需会", "titleEn", "Needs meeting", "bodyZh", "周五下午三点"))
                .post(base).then().statusCode(201).body("titleEn", equalTo("Needs meeting")).body("bodyEn", equalTo("周五下午三点"))
                .extract().path("id");
        as(t, "zhuanyuan").body(Map.of("titleZh", "网格专员值班表", "bodyZh", "见公告栏")).post(base).then().statusCode(201);
        as(t, "gao.limei").body(Map.of("titleZh", "x", "bodyZh", "y")).post(base).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("titleZh", "x", "bodyZh", "y")).post(base).then().statusCode(401);
        as(t, "admin").body(Map.of("titleZh", " ", "bodyZh", "")).post(base).then().statusCode(400)
                .contentType("application/problem+json").body("errors.size()", equalTo(2));

        given().get(base).then().statusCode(200).body("size()", equalTo(2)).body("titleZh", hasItem("北大社区民情问需会"));
        given().get(base + "/" + id).then().statusCode(200).body("bodyZh", equalTo("周五下午三点"));
        as(t, "gao.limei").delete(base + "/" + id).then().statusCode(403);
        as(t, "admin").delete(base + "/" + id).then().statusCode(200);
        given().get(base).then().statusCode(200).body("size()", equalTo(1));
        given().get(base + "/" + id).then().statusCode(404);
    }
}
