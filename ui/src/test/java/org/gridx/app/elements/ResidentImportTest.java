package org.gridx.app.elements;

import static io.restassured.RestAssured.given;
import static org.gridx.app.elements.ElementFixtures.GRID_A;
import static org.gridx.app.elements.ElementFixtures.GRID_B;
import static org.gridx.app.elements.ElementFixtures.admin;
import static org.gridx.app.elements.ElementFixtures.idCard;
import static org.gridx.app.elements.ElementFixtures.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Resident import (CSV, XLSX): preview with row errors, all-or-nothing, valid-only, idempotent commit; export. */
@QuarkusTest
class ResidentImportTest {

    static String csv(String... rows) {
        return "姓名,性别,出生年份,身份证号,手机号,网格编码,户号,住址,特殊人群\n" + String.join("\n", rows) + "\n";
    }

    static JsonPath upload(String tenant, String token, byte[] file, int status) {
        return given().auth().oauth2(token).contentType("application/octet-stream").body(file)
                .queryParam("fileName", "residents.csv").post("/api/t/" + tenant + "/imports/residents")
                .then().statusCode(status).extract().jsonPath();
    }

    static JsonPath awaitDone(String tenant, String token, String job) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonPath j = given().auth().oauth2(token).get("/api/t/" + tenant + "/imports/" + job).then().statusCode(200)
                    .extract().jsonPath();
            if (!"committing".equals(j.getString("status"))) {
                return j;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import job " + job + " did not finish");
    }

    static long residents(String tenant) {
        return AdminSql.count("SELECT count(*) FROM resident WHERE tenant_id = ?", tenant);
    }

    @Test
    void badRowsAreReportedByRowAndColumnAndTheFileIsRejectedWholeUnlessValidOnlyIsChosen() throws Exception {
        String t = ElementFixtures.tenant();
        String dup = idCard(1950, 40);
        byte[] file = csv("张三,男,," + idCard(1956, 41) + ",13800001111," + GRID_A + ",A-1,一号楼101,独居老人;残疾人",
                "李四,女,,123456,13800001112," + GRID_A + ",A-1,,",
                "王五,男,,," + "99999," + GRID_B + ",B-1,,",
                "赵六,x,,," + ",150621901001999,,,外星人",
                "钱七,女,," + dup + ",," + GRID_B + ",,,",
                "孙八,女,," + dup + ",," + GRID_B + ",,,").getBytes(StandardCharsets.UTF_8);
        JsonPath job = upload(t, admin(t), file, 201);
        assertEquals("previewed", job.getString("status"));
        assertEquals("csv", job.getString("format"));
        assertEquals(6, job.getInt("totalRows"));
        assertEquals(4, job.getInt("errorRows"));
        assertEquals(2, job.getInt("validRows"));
        List<Map<String, Object>> errors = job.getList("errors");
        assertTrue(errors.contains(Map.of("row", 3, "column", "身份证号", "reason", "must be 18 characters: 17 digits and a check digit (0-9 or X)")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(4) && e.get("column").equals("手机号")));
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(5) && e.get("column").equals("性别")));
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(5) && e.get("column").equals("网格编码")));
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(5) && e.get("column").equals("特殊人群")));
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(7) && e.get("reason").toString().contains("same ID number as row 6")));
        assertEquals("138****1111", job.getString("preview[0].phone"));
        assertEquals(List.of("elderly-alone", "disabled"), job.getList("preview[0].tags"));
        String id = job.getString("id");

        given().auth().oauth2(admin(t)).contentType("application/json").body("{}").post("/api/t/" + t + "/imports/" + id + "/commit").then().statusCode(422)
                .contentType("application/problem+json").body("errors.pointer", hasItem("row 3/身份证号"))
                .body("detail", containsString("mode=valid-only"));
        assertEquals(0, residents(t));

        given().auth().oauth2(admin(t)).queryParam("mode", "valid-only").contentType("application/json").body("{}").post("/api/t/" + t + "/imports/" + id + "/commit")
                .then().statusCode(202);
        JsonPath done = awaitDone(t, admin(t), id);
        assertEquals("committed", done.getString("status"));
        assertEquals(2, done.getInt("importedRows"));
        assertEquals(List.of("张三", "钱七"), AdminSql.query("SELECT name FROM resident WHERE tenant_id = ? ORDER BY name", t)
                .stream().map(r -> r.get("name")).sorted(java.util.Comparator.comparing(n -> n.equals("张三") ? 0 : 1)).toList());
        assertEquals(1, AdminSql.count("SELECT count(*) FROM household WHERE tenant_id = ? AND code = 'A-1'", t));
    }

    @Test
    void aCleanFileIsPreviewedThenCommittedOnceEvenWhenCommittedTwice() throws Exception {
        String t = ElementFixtures.tenant();
        StringBuilder rows = new StringBuilder();
        String[] lines = new String[300];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "居民" + i + "," + (i % 2 == 0 ? "男" : "女") + ",," + idCard(1940 + i % 60, i) + ",1390000" + String.format("%04d", i)
                    + "," + (i % 2 == 0 ? GRID_A : GRID_B) + ",H" + (i / 3) + ",,";
        }
        JsonPath job = upload(t, admin(t), csv(lines).getBytes(StandardCharsets.UTF_8), 201);
        assertEquals(0, job.getInt("errorRows"));
        assertEquals(20, job.getList("preview").size());
        assertEquals(0, residents(t));
        String id = job.getString("id");
        given().auth().oauth2(admin(t)).contentType("application/json").body("{}").post("/api/t/" + t + "/imports/" + id + "/commit").then().statusCode(202);
        given().auth().oauth2(admin(t)).contentType("application/json").body("{}").post("/api/t/" + t + "/imports/" + id + "/commit").then().statusCode(org.hamcrest.Matchers.oneOf(200, 202));
        JsonPath done = awaitDone(t, admin(t), id);
        assertEquals("committed", done.getString("status"));
        assertEquals(300, done.getInt("processedRows"));
        given().auth().oauth2(admin(t)).contentType("application/json").body("{}").post("/api/t/" + t + "/imports/" + id + "/commit").then().statusCode(200)
                .body("importedRows", equalTo(300));
        assertEquals(300, residents(t));
        assertEquals(100, AdminSql.count("SELECT count(*) FROM household WHERE tenant_id = ?", t));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM element_import_job WHERE tenant_id = ? AND position(convert_to('居民1', 'UTF8') in content) > 0", t));
        // the same people again: every row is reported as already registered
        JsonPath again = upload(t, admin(t), csv(lines).getBytes(StandardCharsets.UTF_8), 201);
        assertEquals(300, again.getInt("errorRows"));
        assertEquals("a resident with this ID number is already registered", again.getString("errors[0].reason"));
    }

    @Test
    void xlsxIsReadByContentAndExportsComeBackMaskedOrRevealedWithAnAuditRecord() throws Exception {
        String t = ElementFixtures.tenant();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("居民");
        String[] header = {"name", "gender", "idCard", "phone", "gridCode", "tags"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        String id = idCard(1962, 77);
        Object[] row = {"周九", "female", id, "13512345678", GRID_A, "低保户"};
        for (int c = 0; c < row.length; c++) {
            ws.value(1, c, (String) row[c]);
        }
        wb.finish();
        JsonPath job = given().auth().oauth2(admin(t)).contentType("text/csv").body(out.toByteArray())
                .queryParam("fileName", "looks-like.csv").post("/api/t/" + t + "/imports/residents").then().statusCode(201)
                .extract().jsonPath();
        assertEquals("xlsx", job.getString("format"));
        assertEquals(0, job.getInt("errorRows"));
        given().auth().oauth2(admin(t)).contentType("application/json").body("{}").post("/api/t/" + t + "/imports/" + job.getString("id") + "/commit").then().statusCode(202);
        assertEquals("committed", awaitDone(t, admin(t), job.getString("id")).getString("status"));

        String masked = given().auth().oauth2(token(t, "inf", "informant", GRID_A)).get("/api/t/" + t + "/residents/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(masked.contains("周九") && masked.contains("135****5678") && masked.contains(id.substring(0, 4) + "**********"), masked);
        assertFalse(masked.contains(id));

        byte[] xlsx = given().auth().oauth2(admin(t)).queryParam("format", "xlsx").queryParam("reveal", true)
                .queryParam("reason", "民政核对低保").get("/api/t/" + t + "/residents/export").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<org.dhatim.fastexcel.reader.Row> rows = read.getFirstSheet().read();
            assertEquals("身份证号", rows.get(0).getCellText(3));
            assertEquals(id, rows.get(1).getCellText(3));
            assertEquals("13512345678", rows.get(1).getCellText(4));
        }
        assertEquals(1, AdminSql.count("SELECT count(*) FROM element_reveal WHERE tenant_id = ? AND field = 'export' AND reason = '民政核对低保'", t));
        given().auth().oauth2(token(t, "disp", "dispatcher", GRID_A)).queryParam("reveal", true).queryParam("reason", "看看")
                .get("/api/t/" + t + "/residents/export").then().statusCode(403);
        given().auth().oauth2(admin(t)).queryParam("reveal", true).get("/api/t/" + t + "/residents/export").then().statusCode(422);
    }

    @Test
    void filesAreJudgedByContentAndHeaderAndOtherTenantsJobsDoNotExist() throws IOException {
        String t = ElementFixtures.tenant();
        upload(t, admin(t), "%PDF-1.7\n\u0000\u0000binary".getBytes(StandardCharsets.ISO_8859_1), 400);
        JsonPath xls = upload(t, admin(t), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, 400);
        assertTrue(xls.getString("detail").contains(".xls"));
        upload(t, admin(t), "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), 400);
        JsonPath missing = upload(t, admin(t), "姓名,电话\n张三,1\n".getBytes(StandardCharsets.UTF_8), 422);
        assertTrue(missing.getList("errors.message").contains("missing column 性别 (gender)"));
        byte[] gbk = csv("吴十,男,,,," + GRID_A + ",,,").getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertEquals("吴十", upload(t, admin(t), gbk, 201).getString("preview[0].name"));
        upload(t, token(t, "disp", "dispatcher"), gbk, 403);
        upload(t, token(t, "res", "resident", GRID_A), gbk, 403);

        String b = ElementFixtures.tenant();
        String jobB = upload(b, admin(b), csv("郑十一,男,,,," + GRID_A + ",,,").getBytes(StandardCharsets.UTF_8), 201).getString("id");
        given().auth().oauth2(admin(t)).get("/api/t/" + b + "/imports/" + jobB).then().statusCode(404);
        given().auth().oauth2(admin(t)).get("/api/t/" + t + "/imports/" + jobB).then().statusCode(404);
        given().auth().oauth2(admin(t)).contentType("application/json").body("{}").post("/api/t/" + t + "/imports/" + jobB + "/commit").then().statusCode(404);
        given().auth().oauth2(admin(t)).contentType("application/json").body("{}").post("/api/t/" + b + "/imports/" + jobB + "/commit").then().statusCode(404);
        given().auth().oauth2(admin(t)).contentType("text/csv").body(gbk).post("/api/t/" + b + "/imports/residents").then().statusCode(404);
        given().auth().oauth2(token(b, "other-chief", "grid-chief", GRID_A)).get("/api/t/" + b + "/imports/" + jobB).then().statusCode(404);
        assertEquals("previewed", AdminSql.query("SELECT status FROM element_import_job WHERE tenant_id = ? AND id = ?::uuid", b, jobB).get(0).get("status"));
        assertEquals(0, residents(b));
    }
}
