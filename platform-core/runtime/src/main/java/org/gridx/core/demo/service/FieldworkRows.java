package org.gridx.core.demo.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.SplittableRandom;
import org.gridx.core.demo.story.GridSpot;
import org.gridx.core.demo.story.Street;
import org.gridx.core.demo.story.StoryTimes;

/**
 * 入户走访 and 诉求 of a generated year, by each grid's own worker in their grid, at daytime moments. Each row
 * carries an idempotency key from (seed, index), so writing the same range twice adds nothing. About three in
 * four appeals end resolved (the report: 318 collected, 244 difficulties resolved), some are in progress.
 */
final class FieldworkRows {

    /** A little above 244/318: appeals raised in the last days are not resolved yet. */
    static final double RESOLVED = 0.8;
    private static final String[] ASKED = {"了解家庭近况", "宣传垃圾分类", "核实常住人口", "走访独居老人", "征求小区改造意见", "防诈骗宣传"};
    private static final String[] FOUND = {"一切正常", "楼道堆放杂物", "家中老人需定期探望", "反映路灯不亮", "无异常", "需协调物业"};
    private static final String[] CATEGORIES = {"environment", "public-facility", "safety", "neighbour-dispute",
            "social-assistance", "housing", "employment", "other"};
    private static final String[] APPEALS = {"希望修缮小区道路", "楼下噪音扰民", "申请临时救助", "希望增设健身器材",
            "邻里漏水纠纷", "咨询就业培训", "希望加装路灯", "反映违规养犬"};
    private static final String[] NAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};

    private FieldworkRows() {
    }

    static int visits(Connection c, String tenant, Street street, long seed, int days, long from, long to) throws SQLException {
        Columns rows = new Columns().column("node", "uuid").column("recorder", "uuid").column("address", "text")
                .column("at", "text").column("asked", "text").column("found", "text").column("follow", "bool")
                .column("lat", "float8").column("lon", "float8").column("key", "text");
        for (long i = from; i < to; i++) {
            SplittableRandom r = new SplittableRandom(seed * 31 + i * 0x632BE59BD9B4E019L + 7);
            GridSpot g = street.grids().get(r.nextInt(street.grids().size()));
            double[] p = g.points().isEmpty() ? null : g.points().get(r.nextInt(g.points().size()));
            rows.add("node", g.id());
            rows.add("recorder", street.workerIds().get(g.code()));
            rows.add("address", g.name() + (1 + r.nextInt(40)) + "号楼" + (1 + r.nextInt(6)) + "单元" + (101 + r.nextInt(6) * 100 + r.nextInt(4)));
            rows.add("at", StoryTimes.reportedAt(r, street.now(), days, street.zone()).toString());
            rows.add("asked", ASKED[r.nextInt(ASKED.length)]);
            rows.add("found", FOUND[r.nextInt(FOUND.length)]);
            rows.add("follow", r.nextDouble() < 0.08);
            rows.add("lat", p == null ? null : p[1]);
            rows.add("lon", p == null ? null : p[0]);
            rows.add("key", "demo-" + seed + "-v" + i);
        }
        return insert(c, tenant, "INSERT INTO field_visit (tenant_id, id, node_id, recorded_by, address, visited_at, asked, "
                + "found, follow_up, latitude, longitude, idempotency_key, created_at) SELECT ?, gen_random_uuid(), node, recorder, "
                + "address, at::timestamptz, asked, found, follow, lat, lon, key, at::timestamptz FROM " + rows.source()
                + " ON CONFLICT (tenant_id, recorded_by, idempotency_key) DO NOTHING", rows);
    }

    static int appeals(Connection c, String tenant, Street street, long seed, int days, long from, long to) throws SQLException {
        Columns rows = new Columns().column("node", "uuid").column("recorder", "uuid").column("raised_by", "text")
                .column("category", "text").column("text", "text").column("status", "text").column("note", "text")
                .column("raised", "text").column("resolved", "text").column("key", "text");
        for (long i = from; i < to; i++) {
            SplittableRandom r = new SplittableRandom(seed * 37 + i * 0x94D049BB133111EBL + 11);
            GridSpot g = street.grids().get(r.nextInt(street.grids().size()));
            Instant raised = StoryTimes.reportedAt(r, street.now(), days, street.zone());
            Instant resolved = raised.plusSeconds(3600 + r.nextInt(10 * 24 * 3600));
            double u = r.nextDouble();
            String status = u < RESOLVED && resolved.isBefore(street.now()) ? "resolved" : u < RESOLVED + 0.1 ? "in-progress" : "open";
            rows.add("node", g.id());
            rows.add("recorder", street.workerIds().get(g.code()));
            rows.add("raised_by", NAMES[r.nextInt(NAMES.length)] + (r.nextBoolean() ? "先生" : "女士"));
            rows.add("category", CATEGORIES[r.nextInt(CATEGORIES.length)]);
            rows.add("text", APPEALS[r.nextInt(APPEALS.length)]);
            rows.add("status", status);
            rows.add("note", "resolved".equals(status) ? "已协调解决并回访 / settled and followed up" : null);
            rows.add("raised", raised.toString());
            rows.add("resolved", "resolved".equals(status) ? resolved.toString() : null);
            rows.add("key", "demo-" + seed + "-a" + i);
        }
        return insert(c, tenant, "INSERT INTO resident_appeal (tenant_id, id, node_id, recorded_by, raised_by, category, text, "
                + "status, resolution_note, raised_at, resolved_at, idempotency_key, created_at, updated_at) SELECT ?, "
                + "gen_random_uuid(), node, recorder, raised_by, category, text, status, note, raised::timestamptz, "
                + "resolved::timestamptz, key, raised::timestamptz, coalesce(resolved, raised)::timestamptz FROM "
                + rows.source() + " ON CONFLICT (tenant_id, recorded_by, idempotency_key) DO NOTHING", rows);
    }

    private static int insert(Connection c, String tenant, String sql, Columns rows) throws SQLException {
        if (rows.size() == 0) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            rows.bind(c, ps, 2);
            return ps.executeUpdate();
        }
    }
}
