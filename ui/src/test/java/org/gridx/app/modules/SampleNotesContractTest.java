package org.gridx.app.modules;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridx.api.event.DomainEvent;
import org.gridx.testkit.contract.ModuleContractTest;
import org.gridx.testkit.sample.SampleEventLog;
import org.gridx.testkit.sample.SampleNotesModule;

/** The sample module passes the shared module contract. */
@QuarkusTest
class SampleNotesContractTest extends ModuleContractTest {

    @Inject
    SampleEventLog log;

    @Override
    protected String moduleId() {
        return SampleNotesModule.ID;
    }

    @Override
    protected String createOne(String tenant, String token) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "路灯不亮", "body", "北大社区门口")).post(listPath(tenant))
                .then().statusCode(201).extract().path("id");
        return listPath(tenant) + "/" + id;
    }

    @Override
    protected String listPath(String tenant) {
        return "/api/t/" + tenant + "/sample-notes/notes";
    }

    @Override
    protected Object updateBody() {
        return Map.of("title", "changed by another tenant", "body", "x");
    }

    @Override
    protected List<DomainEvent> receivedEvents() {
        return log.of(SampleNotesModule.ID);
    }
}
