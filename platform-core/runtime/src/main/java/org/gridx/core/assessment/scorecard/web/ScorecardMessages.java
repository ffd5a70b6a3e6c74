package org.gridx.core.assessment.scorecard.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the scorecards page and the monthly report (templates: {@code {sc:key}}), Chinese first; English
 * in {@code messages/sc_en.properties}.
 */
@MessageBundle(value = "sc", locale = "zh-CN")
public interface ScorecardMessages {

    @Message("月度考核") String title();
    @Message("考核月份") String month();
    @Message("查看") String show();
    @Message("考核对象") String kinds_label();
    @Message("{#when kind}{#is 'grid'}网格{#is 'worker'}网格信息员{#is 'department'}职能部门{#is 'community'}社区"
            + "{#is 'rewards'}信息员绩效奖励{#else}{kind}{/when}")
    String kind(String kind);
    @Message("{#when grade}{#is 'A'}优秀{#is 'B'}良好{#is 'C'}中等{#is 'D'}合格{#is 'E'}不合格{#else}无等级{/when}")
    String grade_name(String grade);
    @Message("已发布（冻结）：{at}，{by}。后续对旧案卷的更正不会改变本月考核。") String frozen(String at, String by);
    @Message("发布原因：{reason}") String frozen_reason(String reason);
    @Message("未冻结：按当前数据实时计算，旧案卷更正后会随之变化。") String live();
    @Message("导出 CSV") String export_csv();
    @Message("导出 Excel") String export_xlsx();
    @Message("本月没有可显示的考核对象。") String none();
    @Message("排名为全街道排名；“—”表示本月没有可计算的数据。分数变化、名次变化与上月相比（名次变化为正表示上升）。") String legend();
    @Message("计算明细") String reward_details();
    @Message("{label}：{quantity} × {unit} 元 = {amount} 元") String reward_line(String label, long quantity, String unit, String amount);
    @Message("小计 {subtotal} 元；合计 {total} 元") String reward_total(String subtotal, String total);
    @Message("（已按每月上限封顶）") String reward_capped();
    @Message("（不低于 0 元）") String reward_floor();
    @Message("奖励规则尚未设置，金额均按 0 计算。") String rules_not_set();
    @Message("月度考核通报") String report_link();
    @Message("发布（冻结）本月考核") String freeze_heading();
    @Message("冻结后，本月考核按冻结时的数据发布，之后对旧案卷的更正不再改变它；如需按更正后的数据重新发布，请填写原因后再次冻结。") String freeze_help();
    @Message("原因（再次冻结时必填）") String freeze_reason();
    @Message("冻结本月考核") String freeze_submit();
    @Message("本月已冻结：再次冻结请填写原因。") String freeze_reason_needed();

    // --- the monthly report ---
    @Message("{month} 月度考核通报") String report_title(String month);
    @Message("打印") String report_print();
    @Message("返回月度考核") String report_back();
    @Message("本月概况") String report_summary();
    @Message("上报事件") String sum_events();
    @Message("处置率") String sum_disposal();
    @Message("入户走访") String sum_visits();
    @Message("收集诉求") String sum_appeals();
    @Message("解决诉求") String sum_resolved();
    @Message("本月") String this_month();
    @Message("上月") String previous_month();
    @Message("变化") String change();
    @Message("与上月对比") String report_trend();
    @Message("等级分布") String report_grades();
    @Message("前五名") String report_top();
    @Message("后五名") String report_bottom();
    @Message("完整排名") String report_full();
    @Message("平均分") String average();
    @Message("指标计算公式") String report_formulas();
    @Message("综合评分：各加权指标按权重加权平均（越低越好的指标按 1 − 比率计），{weights}；等级：A ≥ {a}，B ≥ {b}，C ≥ {c}，D ≥ {d}，其余为 E。")
    String score_formula(String weights, String a, String b, String c, String d);
    @Message("本通报生成于 {at}。") String generated(String at);
}
