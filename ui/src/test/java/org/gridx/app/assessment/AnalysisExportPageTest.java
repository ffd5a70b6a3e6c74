package org.gridx.app.assessment;

import static io.restassured.RestAssured.given;
import static org.gridx.app.assessment.AnalysisData.at;
import static org.gridx.app.assessment.AnalysisData.day;
import static org.gridx.app.assessment.AnalysisStreet.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.gridx.core.clock.GridxClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analysis tables as CSV/XLSX (the page's rows), and the page itself in both languages and scopes. */
@QuarkusTest
class AnalysisExportPageTest {

    private String t;

    @Inject
    GridxClock clock;
    @Inject
    FactCatchUp catchUp;
    @Inject
    TenantContext tenants;

    @BeforeEach
    void street() {
        t = AnalysisData.shared(clock, catchUp, tenants);
        clock.set(at(4, 20, 10, 0));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Response export(String path, String format, String more) {
        return as(t, DISPATCHER).get(api(t) + "/analysis/" + path + "?from=" + day(4, 3) + "&to=" + day(4, 20) + "&format=" + format
                + more);
    }

    @Test
    void csvExportsCarryThePagesRows() {
        Response hot = export("hotspots", "csv", "");
        hot.then().statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition", containsString("hotspots.csv"));
        String csv = new String(hot.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF排名,网格,网格编码,事项,事项编码,上报数,占比(%),上期上报数,环比变化(%)"), csv);
        assertTrue(csv.contains("1,北大二网格（北大对面平房区）,150621001001002,私搭乱建,06001,4,57.1,1,300.0"), csv);
        String matrix = export("hotspots", "csv", "&table=matrix").then().statusCode(200).extract().asString();
        assertTrue(matrix.contains("私搭乱建,06001,北大二网格（北大对面平房区）,150621001001002," + day(4, 1).substring(0, 7) + ",4"), matrix);
        String rec = as(t, DISPATCHER).get(api(t) + "/analysis/recurring?from=" + day(4, 1) + "&to=" + day(4, 30) + "&format=csv")
                .then().statusCode(200).extract().asString();
        assertTrue(rec.contains("私搭乱建,06001,北大二网格（北大对面平房区）,150621001001002,3," + day(4, 5) + "," + day(4, 7) + ",1,"), rec);
        String trend = as(t, DISPATCHER).get(api(t) + "/analysis/trends?from=" + day(4, 1) + "&to=" + day(4, 30) + "&format=csv")
                .then().statusCode(200).extract().asString();
        assertTrue(trend.contains(day(4, 8) + ",2,0,0,,0.7"), trend);
        String stuck = as(t, DISPATCHER).get(api(t) + "/analysis/bottlenecks?table=stuck&format=csv").then().statusCode(200).extract().asString();
        assertTrue(stuck.contains(",dispatched,150621001001002," + day(4, 7) + " 10:00,312.0,"), stuck);
        String en = as(t, DISPATCHER).get(api(t) + "/analysis/bottlenecks?lang=en&from=" + day(4, 1)
                + "&to=" + day(4, 30) + "&format=csv").then().statusCode(200).extract().asString();
        assertTrue(en.contains("Department,Cases,Dispatched,Verify (h)"), en);
        assertTrue(en.contains(",3,3,0.33,0.39,2.0,4.5,0.44,0.0,50.0,0.0,Handle"), en);
    }

    @Test
    void xlsxExportIsAWorkbookWithTheSameRows() throws IOException {
        Response r = export("hotspots", "xlsx", "");
        r.then().statusCode(200).contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("排名", rows.get(0).getCellText(0));
            assertEquals("私搭乱建", rows.get(1).getCellText(3));
            assertEquals("4", rows.get(1).getCellText(5));
            assertEquals(4, rows.size(), "heading and the three pairs");
        }
    }

    private Response page(String user, String query, String lang) {
        var r = given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(t, user));
        if (lang != null) {
            r = r.cookie("gridx_lang", lang);
        }
        return r.get("/t/" + t + "/analysis" + query);
    }

    @Test
    void pageShowsEachSectionAsChartAndTableWithExports() {
        String html = page(DISPATCHER, "?from=" + day(4, 3) + "&to=" + day(4, 20), null).then().statusCode(200)
                .extract().asString();
        for (String id : List.of("id=\"hot-table\"", "id=\"heat-0\"", "id=\"heat-0-table\"", "id=\"rec-table\"", "id=\"cluster-map\"",
                "id=\"trend-chart\"", "id=\"trend-table\"", "id=\"bn-chart\"", "id=\"bn-table\"", "id=\"stuck-table\"",
                "id=\"hot-months\"", "/webjars/echarts/5.3.1/dist/echarts.min.js", "<th scope=\"col\">上报数</th>")) {
            assertTrue(html.contains(id), id);
        }
        assertTrue(html.contains("私搭乱建"));
        assertTrue(html.contains("/api/t/" + t + "/analysis/hotspots?from=" + day(4, 3) + "&amp;to=" + day(4, 20) + "&amp;format=csv"));
        page(DISPATCHER, "", "en").then().statusCode(200).body(containsString("Hot spots (item × grid)"))
                .body(containsString("lang=\"en\""));
        given().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
        given().get("/static/analysis.js").then().statusCode(200);
    }

    @Test
    void pageFollowsTheScope() {
        page(BEIDA_CHIEF, "?from=" + day(4, 3) + "&to=" + day(4, 20), null).then().statusCode(200)
                .body(containsString("id=\"hot-table\"")).body(not(containsString("id=\"bn-table\"")))
                .body(not(containsString("团结二网格")));
        page(CITY_MANAGEMENT, "", null).then().statusCode(200).body(containsString("id=\"bn-table\""))
                .body(not(containsString("id=\"hot-table\"")));
        page(RESIDENT, "", null).then().statusCode(403);
        page(BEIDA_CHIEF, "?node=" + TUANJIE, null).then().statusCode(404);
        page(DISPATCHER, "?radius=5", null).then().statusCode(422);
    }
}
