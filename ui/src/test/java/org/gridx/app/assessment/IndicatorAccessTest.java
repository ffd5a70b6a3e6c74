package org.gridx.app.assessment;

import static io.restassured.RestAssured.given;
import static org.gridx.app.assessment.AssessmentStreet.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Who sees which indicator rows and settings, bad input answered 422 with the field, other tenants 404, and
 * the CSV/XLSX downloads saying the same as the JSON. A few cases reported now (the current month).
 */
@QuarkusTest
class IndicatorAccessTest {

    @Inject
    FactCatchUp catchUp;
    @Inject
    TenantContext tenants;

    private String streetWithCases() {
        String t = create("inda");
        String a = report(t, "inf1", RAMP, G11, "东一违章接坡");
        act(t, "disp", a, "action", "register");
        act(t, "disp", a, "action", "dispatch");
        String b = report(t, "inf3", GRATE, G21, "西一雨水箅子");
        act(t, "disp", b, "action", "register");
        act(t, "disp", b, "action", "dispatch");
        String c = report(t, "inf2", RAMP, G12, "东二误报");
        act(t, "disp", c, "action", "reject", "note", "无此问题");
        tenants.callAs(t, () -> catchUp.runNow());
        return t;
    }

    @Test
    void aCommunityChiefSeesOnlyTheirCommunityAndADepartmentHandlerOnlyTheirDepartment() {
        String t = streetWithCases();
        // by default the chief's own node; their grids by grid; the other community is not found
        indicators(t, "chief1").then().statusCode(200).body("node", equalTo(C1)).body("rows.code", equalTo(List.of(C1)))
                .body("rows[0].counts.reported", equalTo(2));
        indicators(t, "chief1", "node", G12).then().statusCode(200).body("rows[0].counts.reported", equalTo(1));
        indicators(t, "chief1", "by", "grid").then().statusCode(200).body("rows.code", equalTo(List.of(G11, G12)));
        indicators(t, "chief1", "node", C2).then().statusCode(404);
        indicators(t, "chief1", "node", G21).then().statusCode(404);
        // department and reporter rows carry no grid: not for a scoped caller
        indicators(t, "chief1", "by", "department").then().statusCode(403).body("detail", containsString("command centre"));
        indicators(t, "chief1", "by", "person").then().statusCode(403);
        // a handler: their department's row only, whatever they ask
        indicators(t, "chengguan").then().statusCode(200).body("by", equalTo("department"))
                .body("rows.code", equalTo(List.of("city-management"))).body("rows[0].counts.reported", equalTo(1));
        indicators(t, "huanwei", "by", "department").then().statusCode(200).body("rows.code", equalTo(List.of("sanitation")));
        indicators(t, "chengguan", "by", "grid").then().statusCode(403);
        indicators(t, "chengguan", "node", C1).then().statusCode(403);
        // residents have no figures
        indicators(t, "res").then().statusCode(403);
        // the centre sees all of it
        indicators(t, "disp", "by", "department").then().statusCode(200)
                .body("rows.code", equalTo(List.of("-", "city-management", "sanitation")));
        indicators(t, "admin", "by", "community").then().statusCode(200).body("rows.code", equalTo(List.of(C1, C2)))
                .body("rows.counts.reported", equalTo(List.of(2, 1)));
    }

    /** Scope is the account's as it is now: narrowing it takes effect on the next call, with the same token. */
    @Test
    void aNarrowedScopeAppliesAtOnceNotWhenTheTokenExpires() {
        String t = streetWithCases();
        indicators(t, "chief1", "node", G12).then().statusCode(200);
        org.gridx.testkit.AdminSql.update("UPDATE account SET grid_scope = ARRAY[?] WHERE tenant_id = ? AND username = ?",
                G11, t, "chief1");
        indicators(t, "chief1", "node", G12).then().statusCode(404);
        indicators(t, "chief1").then().statusCode(200).body("node", equalTo(G11));
    }

    @Test
    void badPeriodsNodesAndGroupingsAre422WithTheField() {
        String t = create("indv");
        indicators(t, "admin", "from", "2026-13-01").then().statusCode(422).body("errors.pointer", hasItem("from"));
        indicators(t, "admin", "from", "2026-05-01", "to", "2026-04-30").then().statusCode(422)
                .body("errors.pointer", hasItem("to")).body("errors[0].message", containsString("2026-05-01"));
        indicators(t, "admin", "from", "2020-01-01", "to", "2023-01-02").then().statusCode(422)
                .body("errors.pointer", hasItem("to")).body("detail", containsString("three years"));
        indicators(t, "admin", "from", "2020-01-01", "to", "2023-01-01").then().statusCode(200);
        indicators(t, "admin", "by", "household").then().statusCode(422).body("errors.pointer", hasItem("by"))
                .body("errors[0].message", containsString("community"));
        indicators(t, "admin", "node", "15x").then().statusCode(422).body("errors.pointer", hasItem("node"));
        indicators(t, "admin", "node", C1, "by", "department").then().statusCode(422).body("errors.pointer", hasItem("node"));
        indicators(t, "admin", "node", G11, "by", "community").then().statusCode(422).body("errors.pointer", hasItem("by"));
        indicators(t, "admin", "format", "pdf").then().statusCode(422).body("errors.pointer", hasItem("format"));
        // defaults: this month in the tenant's zone, one row for the tenant, empty figures, no score
        JsonPath month = indicators(t, "admin").then().statusCode(200).extract().jsonPath();
        assertTrue(month.getString("from").endsWith("-01"));
        assertEquals(month.getString("from").substring(0, 7), month.getString("to").substring(0, 7));
        org.junit.jupiter.api.Assertions.assertNull(month.get("rows[0].score"));
    }

    @Test
    void settingsAreReadByStaffWrittenByTheAdministratorCheckedAndRecorded() {
        String t = create("inds");
        String path = "/api/t/" + t + "/assessment/settings";
        api(t, "chief1").get(path).then().statusCode(200).body("isDefault", equalTo(true))
                .body("weights.'disposal-rate'", equalTo(30)).body("gradeFloors.A", equalTo(90.0f));
        api(t, "res").get(path).then().statusCode(403);
        Map<String, Object> good = Map.of("weights", Map.of("disposal-rate", 60, "on-time-close-rate", 40),
                "gradeFloors", Map.of("A", 92, "B", 82, "C", 72, "D", 62));
        api(t, "disp").body(good).put(path).then().statusCode(403);
        api(t, "chief1").body(good).put(path).then().statusCode(403);

        api(t, "admin").body(Map.of("weights", Map.of("disposal-rate", 60, "speed", 40), "gradeFloors", good.get("gradeFloors")))
                .put(path).then().statusCode(422).body("errors[0].pointer", equalTo("/weights/speed"))
                .body("errors[0].message", containsString("satisfaction-rate"));
        api(t, "admin").body(Map.of("weights", Map.of("disposal-rate", 60, "rework-rate", 30), "gradeFloors", good.get("gradeFloors")))
                .put(path).then().statusCode(422).body("errors[0].pointer", equalTo("/weights"))
                .body("errors[0].message", containsString("add up to 90"));
        api(t, "admin").body(Map.of("weights", Map.of("disposal-rate", 101, "rework-rate", -1), "gradeFloors", good.get("gradeFloors")))
                .put(path).then().statusCode(422).body("errors.pointer", hasItem("/weights/disposal-rate"))
                .body("errors.pointer", hasItem("/weights/rework-rate"));
        api(t, "admin").body(Map.of("weights", Map.of("disposal-rate", 100), "gradeFloors", Map.of("A", 80, "B", 85, "C", 70)))
                .put(path).then().statusCode(422).body("errors.pointer", equalTo(List.of("/gradeFloors/B", "/gradeFloors/D")));
        api(t, "admin").body(Map.of("weights", Map.of("average-handling-hours", 100), "gradeFloors", good.get("gradeFloors")))
                .put(path).then().statusCode(422).body("errors[0].pointer", equalTo("/weights/average-handling-hours"));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM assessment_settings_change WHERE tenant_id = ?", t));

        api(t, "admin").body(good).put(path).then().statusCode(200).body("isDefault", equalTo(false))
                .body("updatedBy", equalTo("admin")).body("weights.'on-time-close-rate'", equalTo(40));
        api(t, "admin").body(Map.of("weights", Map.of("disposal-rate", 100), "gradeFloors", good.get("gradeFloors")))
                .put(path).then().statusCode(200);
        api(t, "chief1").get(path).then().statusCode(200).body("weights", equalTo(Map.of("disposal-rate", 100)));
        List<Map<String, Object>> history = AdminSql.query("SELECT changed_by, before::text AS before, after::text AS after "
                + "FROM assessment_settings_change WHERE tenant_id = ? ORDER BY changed_at, id", t);
        assertEquals(2, history.size());
        assertEquals("admin", history.get(0).get("changed_by"));
        assertEquals(null, history.get(0).get("before"), "the first change replaced the defaults");
        assertTrue(String.valueOf(history.get(1).get("before")).contains("on-time-close-rate"));
        assertTrue(String.valueOf(history.get(1).get("after")).contains("\"disposal-rate\": 100"));
    }

    @Test
    void anotherTenantsAdministratorGetsNotFound() {
        String a = create("indx");
        String b = create("indy");
        String tokenB = token(b, "admin");
        for (String path : List.of("/api/t/" + a + "/assessment/indicators", "/api/t/" + a + "/assessment/settings")) {
            given().auth().oauth2(tokenB).get(path).then().statusCode(404);
        }
        given().auth().oauth2(tokenB).contentType("application/json").body(Map.of("weights", Map.of("disposal-rate", 100),
                "gradeFloors", Map.of("A", 90, "B", 80, "C", 70, "D", 60))).put("/api/t/" + a + "/assessment/settings")
                .then().statusCode(404);
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM assessment_settings WHERE tenant_id = ?", a));
        // and a page of A with B's session
        given().redirects().follow(false).accept("text/html").cookie("gridx_token", tokenB).get("/t/" + a + "/assessment")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(303), equalTo(404)))
                .body(not(containsString("indicator-caption")));
        // an operator token is no tenant staff
        given().auth().oauth2(Tokens.operator("ops")).get("/api/t/" + a + "/assessment/indicators").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(404)));
    }

    @Test
    void csvAndXlsxSayWhatTheJsonSays() throws Exception {
        String t = streetWithCases();
        JsonPath json = indicators(t, "admin", "by", "grid").then().statusCode(200).extract().jsonPath();
        byte[] csv = indicators(t, "admin", "by", "grid", "format", "csv").then().statusCode(200)
                .header("Content-Type", containsString("text/csv")).header("Content-Disposition", containsString(".csv"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for Excel");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8)).getRecords();
        List<List<String>> csvRows = new ArrayList<>();
        records.forEach(r -> csvRows.add(r.toList()));
        assertEquals(expected(json, true), csvRows);

        byte[] xlsx = indicators(t, "admin", "by", "grid", "format", "xlsx").then().statusCode(200).extract().asByteArray();
        List<List<String>> sheet = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    var cell = r.getCell(i);
                    cells.add(cell == null ? "" : cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
                            ? number(new java.math.BigDecimal(cell.getRawValue()).doubleValue(), false) : cell.getText());
                }
                while (cells.size() < csvRows.get(0).size()) {
                    cells.add("");
                }
                sheet.add(cells);
            }
        }
        assertEquals(expected(json, false), sheet);
    }

    /** Header and rows the downloads must hold: code, name, reports, each indicator (%, 1 decimal; hours), score, grade. */
    static List<List<String>> expected(JsonPath json, boolean csv) {
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("代码", "名称", "上报数"));
        List<Map<String, Object>> indicators = json.getList("indicators");
        indicators.forEach(i -> header.add(i.get("label") + ("hours".equals(i.get("unit")) ? " (h)" : " (%)")));
        header.add("综合评分");
        header.add("等级");
        out.add(header);
        List<Map<String, Object>> rows = json.getList("rows");
        for (Map<String, Object> r : rows) {
            List<String> row = new ArrayList<>(List.of((String) r.get("code"), (String) r.get("name"),
                    String.valueOf(((Map<?, ?>) r.get("counts")).get("reported"))));
            for (Map<String, Object> v : (List<Map<String, Object>>) r.get("indicators")) {
                Number value = (Number) v.get("value");
                if (value == null) {
                    row.add("");
                } else {
                    double shown = "average-handling-hours".equals(v.get("code")) ? value.doubleValue() : value.doubleValue() * 100;
                    row.add(number(Math.round(shown * 10) / 10.0, csv));
                }
            }
            row.add(r.get("score") == null ? "" : number(((Number) r.get("score")).doubleValue(), csv));
            row.add(r.get("grade") == null ? "" : (String) r.get("grade"));
            out.add(row);
        }
        return out;
    }

    /** CSV prints Java's Double ("50.0"); the sheet keeps the number (read back as "50"). */
    static String number(double d, boolean csv) {
        if (csv) {
            return String.valueOf(d);
        }
        return new java.math.BigDecimal(String.valueOf(d)).stripTrailingZeros().toPlainString();
    }
}
