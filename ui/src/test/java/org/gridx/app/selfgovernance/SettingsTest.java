package org.gridx.app.selfgovernance;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The participation settings: defaults, bounds and choices are checked when an administrator sets them. */
@QuarkusTest
class SettingsTest {

    @Test
    void defaultsApplyAndBadValuesAreRefusedWithTheFieldNamed() {
        String t = Gov.street();
        Gov.settings(t, Map.of()).then().statusCode(200).body("settings.proposal-support-threshold", equalTo(20))
                .body("settings.election-ballot-basis", equalTo("household")).body("settings.meeting-waiting-list", equalTo(true));
        Gov.settings(t, Map.of("proposal-support-threshold", 0)).then().statusCode(422)
                .contentType("application/problem+json").body("errors.pointer", hasItem("/settings/proposal-support-threshold"));
        Gov.settings(t, Map.of("election-ballot-basis", "family")).then().statusCode(422)
                .body("errors.pointer", hasItem("/settings/election-ballot-basis"));
        Gov.settings(t, Map.of("meeting-waiting-list", "yes")).then().statusCode(422)
                .body("errors.pointer", hasItem("/settings/meeting-waiting-list"));
        Gov.settings(t, Map.of("proposal-support-threshold", 5, "election-ballot-basis", "resident")).then().statusCode(200)
                .body("settings.proposal-support-threshold", equalTo(5)).body("settings.election-ballot-basis", equalTo("resident"));
    }
}
