package org.gridx.app.selfgovernance;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gridx.api.event.DomainEvent;
import org.gridx.modules.selfgovernance.SelfGovernanceModule;
import org.gridx.testkit.contract.ModuleContractTest;

/** The self-governance module passes the shared module contract, with a forum as its piece of data. */
@QuarkusTest
class SelfGovernanceContractTest extends ModuleContractTest {

    @Inject
    SelfGovernanceEvents events;

    @Override
    protected String moduleId() {
        return SelfGovernanceModule.ID;
    }

    @Override
    protected String createOne(String tenant, String token) {
        String node = "150621001" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("nodeCode", node, "title", "北大社区论坛")).post(listPath(tenant))
                .then().statusCode(201).extract().path("id");
        return listPath(tenant) + "/" + id;
    }

    @Override
    protected String listPath(String tenant) {
        return "/api/t/" + tenant + "/self-governance/forums";
    }

    @Override
    protected Object updateBody() {
        return Map.of("nodeCode", "150621001001", "title", "changed by another tenant");
    }

    @Override
    protected List<DomainEvent> receivedEvents() {
        return events.received();
    }
}
