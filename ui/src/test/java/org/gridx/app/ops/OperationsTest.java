package org.gridx.app.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator relies on: health that includes the database, Prometheus metrics, the API document. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE"))
                .body(containsString("agroal_"));
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServed() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("GridX API"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownApiAddressesAnswerProblemJson() {
        given().get("/api/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("Nothing"));
    }

    @Test
    void unknownTenantIsNotFoundAsProblemJson() {
        given().get("/api/t/no-such-tenant/anything").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
