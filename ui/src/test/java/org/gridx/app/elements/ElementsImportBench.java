package org.gridx.app.elements;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Not a test (no *Test suffix, surefire skips it): the figures of bench/elements-import.sh. Imports N
 * residents through the API (upload + preview, then commit) and, as the baseline in the same run and
 * database, COPYs the same rows into a plain table with the same columns (no validation, no encryption).
 */
@QuarkusTest
class ElementsImportBench {

    @Test
    void tenThousandResidents() throws Exception {
        int n = Integer.getInteger("bench.rows", 10_000);
        String t = ElementFixtures.tenant();
        StringBuilder csv = new StringBuilder("姓名,性别,身份证号,手机号,网格编码,户号,特殊人群\n");
        for (int i = 0; i < n; i++) {
            csv.append("居民").append(i).append(',').append(i % 2 == 0 ? "男" : "女").append(',')
                    .append(ElementFixtures.idCard(1930 + i % 90, (i / 2520) % 12 + 1, (i / 90) % 28 + 1, i / 30240)).append(',').append(13000000000L + i).append(',')
                    .append(i % 2 == 0 ? ElementFixtures.GRID_A : ElementFixtures.GRID_B).append(",H").append(i / 3)
                    .append(',').append(i % 10 == 0 ? "独居老人" : "").append('\n');
        }
        String body = csv.toString();
        long t0 = System.nanoTime();
        JsonPath job = given().auth().oauth2(ElementFixtures.admin(t)).contentType("text/csv")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/t/" + t + "/imports/residents").then().statusCode(201)
                .extract().jsonPath();
        long t1 = System.nanoTime();
        String id = job.getString("id");
        given().auth().oauth2(ElementFixtures.admin(t)).contentType("application/json").body("{}")
                .queryParam("mode", "valid-only").post("/api/t/" + t + "/imports/" + id + "/commit").then().statusCode(202);
        JsonPath done = ResidentImportTest.awaitDone(t, ElementFixtures.admin(t), id);
        long t2 = System.nanoTime();
        int imported = done.getInt("importedRows");
        assertEquals("committed", done.getString("status"));

        AdminSql.update("CREATE TABLE IF NOT EXISTS bench_resident_copy (name text, gender text, id_card text, phone text,"
                + " grid_code text, household text, tags text)");
        AdminSql.update("TRUNCATE bench_resident_copy");
        long c0 = System.nanoTime();
        try (Connection c = AdminSql.connect()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_resident_copy FROM STDIN WITH (FORMAT csv, HEADER true)",
                    new StringReader(body));
        }
        long c1 = System.nanoTime();
        AdminSql.update("DROP TABLE bench_resident_copy");
        double preview = (t1 - t0) / 1e9;
        double commit = (t2 - t1) / 1e9;
        double copy = (c1 - c0) / 1e9;
        System.out.printf("BENCH rows=%d valid=%d errors=%d imported=%d%n", n, job.getInt("validRows"), job.getInt("errorRows"), imported);
        System.out.printf("BENCH upload+preview %.2f s (%.0f rows/s)%n", preview, n / preview);
        System.out.printf("BENCH commit %.2f s (%.0f rows/s)%n", commit, imported / commit);
        System.out.printf("BENCH total %.2f s (%.0f rows/s)%n", preview + commit, imported / (preview + commit));
        System.out.printf("BENCH baseline psql COPY of the same rows, plain table %.3f s (%.0f rows/s); GridX/COPY = %.1fx%n",
                copy, n / copy, (preview + commit) / copy);
    }
}
