package org.gridx.app.lists;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.gridx.api.identity.Role;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The national catalogue: loaded whole from the CSV with its gaps, searchable by anyone signed in, read-only. */
@QuarkusTest
class CatalogueApiTest {

    private static final String ANY = Tokens.of("whatever-tenant", "resident-1", Role.Names.RESIDENT);

    @Test
    void loadsAll153ComponentsAnd250MattersWithLeadingZerosAndGaps() {
        assertEquals(153, AdminSql.count("SELECT count(*) FROM catalogue_entry WHERE kind = 'component'"));
        assertEquals(250, AdminSql.count("SELECT count(*) FROM catalogue_entry WHERE kind = 'item'"));
        given().auth().oauth2(ANY).get("/api/catalogue?kind=component").then().statusCode(200).body("", hasSize(153))
                .body("[0].code", equalTo("01001")).body("[0].name", equalTo("供水井盖"))
                .body("code", not(hasItem("01016")));
        given().auth().oauth2(ANY).get("/api/catalogue?kind=item").then().statusCode(200).body("", hasSize(250))
                .body("code", not(hasItem("06031"))).body("code", not(hasItem("07005")));
    }

    @Test
    void searchesByCodePrefixOrNameTakingWildcardsLiterally() {
        given().auth().oauth2(ANY).get("/api/catalogue?q=0601").then().statusCode(200)
                .body("code", everyItem(org.hamcrest.Matchers.startsWith("0601")));
        given().auth().oauth2(ANY).get("/api/catalogue?kind=component&q=井盖").then().statusCode(200)
                .body("code", hasItem("01001")).body("kind", everyItem(equalTo("component")));
        given().auth().oauth2(ANY).get("/api/catalogue?q=%25").then().statusCode(200).body("", empty());
    }

    @Test
    void refusesAnonymousCallersAndBadFiltersAndTheAppRoleCannotWriteIt() {
        given().get("/api/catalogue").then().statusCode(401);
        given().auth().oauth2(ANY).get("/api/catalogue?kind=widget").then().statusCode(400)
                .contentType("application/problem+json");
        String app = org.gridx.testkit.PostgresTestResource.APP;
        assertEquals(1L, AdminSql.count("SELECT count(*) WHERE has_table_privilege(?, 'catalogue_entry', 'SELECT')", app));
        assertEquals(0L, AdminSql.count("SELECT count(*) WHERE has_table_privilege(?, 'catalogue_entry', 'INSERT') "
                + "OR has_table_privilege(?, 'catalogue_entry', 'UPDATE') OR has_table_privilege(?, 'catalogue_entry', 'DELETE')", app, app, app));
    }
}
