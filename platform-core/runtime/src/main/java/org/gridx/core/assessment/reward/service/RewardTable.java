package org.gridx.core.assessment.reward.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.core.assessment.export.ReportTable;

/**
 * The month's rewards as one table (page and exports): the informant, rank and grade, then each line's
 * quantity and amount, the subtotal and the total paid (after the floor of 0 and the cap).
 */
public final class RewardTable {

    private RewardTable() {
    }

    public static ReportTable of(List<RewardStatement> statements, String title, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<String> columns = new ArrayList<>(List.of(en ? "Informant" : "信息员", en ? "Account" : "账号",
                en ? "Rank" : "排名", en ? "Grade" : "等级"));
        List<String> codes = List.of("base", "valid-reports", "on-time-checks", "grade-bonus", "rejected-reports");
        List<String> heads = en ? List.of("Base", "Valid reports", "On-time checks", "Grade bonus", "Rejected reports")
                : List.of("基本报酬", "有效上报", "按期核查", "等级奖励", "不予立案");
        for (String h : heads) {
            columns.add(h + (en ? " (qty)" : "（数）"));
            columns.add(h + (en ? " (yuan)" : "（元）"));
        }
        columns.addAll(List.of(en ? "Subtotal (yuan)" : "小计（元）", en ? "Total (yuan)" : "合计（元）"));
        List<List<Object>> rows = new ArrayList<>();
        for (RewardStatement s : statements) {
            List<Object> row = new ArrayList<>(List.of(s.name(), s.username()));
            row.add(s.rank());
            row.add(s.grade());
            for (String c : codes) {
                var line = s.lines().stream().filter(l -> l.code().equals(c)).findFirst().orElseThrow();
                row.add(line.quantity());
                row.add(line.amount());
            }
            row.add(s.subtotal());
            row.add(s.total());
            rows.add(row);
        }
        return new ReportTable(title, columns, rows);
    }
}
