package org.gridx.app.assessment;

import static io.restassured.RestAssured.given;
import static org.gridx.app.assessment.AssessmentStreet.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The indicators page and the settings page as a signed-in browser gets them: the table with its caption,
 * column and row headings and each formula; downloads; the form re-drawn with errors at the field (422);
 * staff read-only; the menu entries.
 */
@QuarkusTest
class AssessmentPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    static Response page(String tenant, String user, String path, String lang) {
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(tenant, user))
                .cookie("gridx_lang", lang).get("/t/" + tenant + path);
    }

    @Test
    void theIndicatorsPageShowsAnAccessibleTableWithEveryFormulaAndDownloads() {
        String t = create("indp");
        String a = report(t, "inf1", RAMP, G11, "东一违章接坡");
        act(t, "disp", a, "action", "register");
        page(t, "admin", "/assessment?by=grid", "zh-CN").then().statusCode(200)
                .body(containsString("<caption id=\"indicator-caption\">考核指标（"))
                .body(containsString("<th scope=\"col\" id=\"col-disposal-rate\">"))
                .body(containsString("处置数 ÷ 应处置数（派遣数）"))
                .body(containsString("id=\"f-average-handling-hours\""))
                .body(containsString("<th scope=\"row\">东一网格 <span class=\"code\">" + G11 + "</span></th>"))
                .body(containsString("/t/" + t + "/assessment/export?format=xlsx&amp;from="))
                .body(containsString("href=\"/t/" + t + "/assessment\"")) // the menu entry
                .body(containsString("href=\"/t/" + t + "/assessment/settings\""));
        page(t, "admin", "/assessment", "en").then().statusCode(200)
                .body(containsString("Disposal rate")).body(containsString("handled ÷ to handle (dispatched)"))
                .body(containsString("Overall score"));
        // the chief: their community only, no department split offered, the settings not in the menu
        page(t, "chief1", "/assessment", "zh-CN").then().statusCode(200)
                .body(containsString("<option value=\"" + C1 + "\""))
                .body(not(containsString("<option value=\"" + C2 + "\"")))
                .body(not(containsString("value=\"department\"")))
                .body(not(containsString("<option value=\"street\"")))
                .body(containsString("<li><a href=\"/t/" + t + "/assessment\">考核指标</a></li>"))
                .body(not(containsString("<li><a href=\"/t/" + t + "/assessment/settings\">")));
        page(t, "chief1", "/assessment?node=" + C2, "zh-CN").then().statusCode(404);
        page(t, "res", "/assessment", "zh-CN").then().statusCode(403);
        // a bad period is drawn again with the reason at the field
        page(t, "admin", "/assessment?month=&from=2026-05-01&to=2026-04-01", "zh-CN").then().statusCode(422)
                .body(containsString("id=\"to-error\"")).body(containsString("aria-invalid=\"true\""));
        // the page's download is the API's
        String csv = given().cookie("gridx_token", token(t, "admin")).get("/t/" + t + "/assessment/export?format=csv&by=grid")
                .then().statusCode(200).extract().asString();
        String api = indicators(t, "admin", "by", "grid", "format", "csv").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(api, csv);
    }

    @Test
    void theAdministratorSavesSettingsAndIsToldAtTheFieldWhatIsWrong() {
        String t = create("indq");
        Response form = page(t, "admin", "/assessment/settings", "zh-CN");
        form.then().statusCode(200).body(containsString("id=\"w-disposal-rate\"")).body(containsString("value=\"30\""))
                .body(containsString("id=\"defaults-note\""));
        Response refused = post(t, form, Map.of("w.disposal-rate", "50", "w.rework-rate", "30", "floor.A", "90",
                "floor.B", "80", "floor.C", "70", "floor.D", "60"));
        refused.then().statusCode(422).body(containsString("id=\"weights-error\""))
                .body(containsString("add up to 80")).body(containsString("value=\"50\""));
        Response badFloor = post(t, form, Map.of("w.disposal-rate", "100", "floor.A", "90", "floor.B", "95",
                "floor.C", "70", "floor.D", "x"));
        badFloor.then().statusCode(422).body(containsString("id=\"floor-B-error\"")).body(containsString("id=\"floor-D-error\""));
        post(t, form, Map.of("w.disposal-rate", "70", "w.satisfaction-rate", "30", "floor.A", "95", "floor.B", "85",
                "floor.C", "75", "floor.D", "65")).then().statusCode(303);
        api(t, "disp").get("/api/t/" + t + "/assessment/settings").then().statusCode(200)
                .body("weights", equalTo(Map.of("disposal-rate", 70, "satisfaction-rate", 30)));
        // other staff read the settings in force, with no form
        page(t, "disp", "/assessment/settings", "en").then().statusCode(200).body(containsString("id=\"read-only\""))
                .body(not(containsString("id=\"settings-form\""))).body(containsString("<caption>Weights</caption>"))
                .body(containsString("Last changed by admin"));
        // and cannot post
        Response dispForm = page(t, "disp", "/assessment/settings", "zh-CN");
        postAs(t, "disp", dispForm, Map.of("w.disposal-rate", "100", "floor.A", "90", "floor.B", "80", "floor.C", "70",
                "floor.D", "60")).then().statusCode(403);
    }

    static Response post(String tenant, Response page, Map<String, String> fields) {
        return postAs(tenant, "admin", page, fields);
    }

    static Response postAs(String tenant, String user, Response page, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(page.asString());
        if (!csrf.find()) {
            throw new AssertionError("the page carries no CSRF token");
        }
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(tenant, user))
                .cookie("gridx_csrf", page.getCookie("gridx_csrf")).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", csrf.group(1)).formParams(fields).post("/t/" + tenant + "/assessment/settings");
    }
}
