package org.gridx.app.modules.__PKG__;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridx.api.event.DomainEvent;
import org.gridx.modules.__PKG__.__CLASS__Module;
import org.gridx.modules.__PKG__.service.__CLASS__Events;
import org.gridx.testkit.Tokens;
import org.gridx.testkit.contract.ContractFixtures;
import org.gridx.testkit.contract.ModuleContractTest;
import org.junit.jupiter.api.Test;

/** __NAME_ZH__ (__ID__) passes the shared module contract, and its API and page do what they say. */
@QuarkusTest
class __CLASS__ContractTest extends ModuleContractTest {

    @Inject
    __CLASS__Events events;

    @Override
    protected String moduleId() {
        return __CLASS__Module.ID;
    }

    @Override
    protected String createOne(String tenant, String token) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "北大社区对面违建", "note", "11:04 上报")).post(listPath(tenant))
                .then().statusCode(201).extract().path("id");
        return listPath(tenant) + "/" + id;
    }

    @Override
    protected String listPath(String tenant) {
        return "/api/t/" + tenant + "/" + __CLASS__Module.ID + "/items";
    }

    @Override
    protected Optional<String> pagePath(String tenant) {
        return Optional.of("/t/" + tenant + "/" + __CLASS__Module.ID);
    }

    @Override
    protected Object updateBody() {
        return Map.of("title", "changed by another tenant");
    }

    @Override
    protected List<DomainEvent> receivedEvents() {
        return events.recent();
    }

    @Test
    void badInputIsAProblemThatNamesTheField() {
        String t = ContractFixtures.tenant();
        ContractFixtures.enable(t, moduleId());
        given().auth().oauth2(ContractFixtures.admin(t)).contentType(ContentType.JSON).body(Map.of("title", " "))
                .post(listPath(t)).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body(containsString("title"));
    }

    @Test
    void thePageShowsTheTenantsItemsInTheSharedLayout() {
        String t = ContractFixtures.tenant();
        ContractFixtures.enable(t, moduleId());
        String token = ContractFixtures.admin(t);
        createOne(t, token);
        given().auth().oauth2(token).accept("text/html").queryParam("lang", "en").get(pagePath(t).orElseThrow())
                .then().statusCode(200).body(containsString("北大社区对面违建"), containsString("<main id=\"main\""),
                        containsString("__NAME_EN__"), containsString("/t/" + t + "/" + __CLASS__Module.ID + "\""));
    }

    @Test
    void informantsReadButCannotWrite() {
        String t = ContractFixtures.tenant();
        ContractFixtures.enable(t, moduleId());
        String informant = Tokens.of(t, "gao.limei", "informant");
        given().auth().oauth2(informant).get(listPath(t)).then().statusCode(200);
        given().auth().oauth2(informant).contentType(ContentType.JSON).body(Map.of("title", "x")).post(listPath(t))
                .then().statusCode(403);
    }
}
