package org.gridx.core.assessment.analysis.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the analysis (研判) page and its tables' column headings (templates: {@code {an:key}}), Chinese
 * first; English in {@code messages/an_en.properties}.
 */
@MessageBundle(value = "an", locale = "zh-CN")
public interface AnalysisMessages {

    @Message("研判分析") String title();
    @Message("热点、重复发生、趋势与部门瓶颈，按上报时间统计（案件计入其上报的时段）。") String intro();
    @Message("筛选") String filter();
    @Message("开始日期") String from();
    @Message("结束日期") String to();
    @Message("区域") String node();
    @Message("全部（我的范围）") String node_all();
    @Message("趋势粒度") String bucket();
    @Message("按日") String bucket_day();
    @Message("按周") String bucket_week();
    @Message("按月") String bucket_month();
    @Message("查看") String apply();
    @Message("导出 CSV") String export_csv();
    @Message("导出 Excel") String export_xlsx();
    @Message("暂无数据。") String none();
    @Message("图表下方的表格列出同样的数据。") String chart_note();

    // --- hot spots ---
    @Message("热点（事项 × 网格）") String hot_title();
    @Message("网格 × 事项数据按月汇总，时段已扩展为整月：{from} 至 {to}；对比上一同长时段 {pfrom} 至 {pto}。") String hot_months(String from, String to, String pfrom, String pto);
    @Message("热点事项") String hot_table();
    @Message("排名") String col_rank();
    @Message("网格") String col_grid();
    @Message("网格编码") String col_grid_code();
    @Message("事项") String col_item();
    @Message("事项编码") String col_item_code();
    @Message("上报数") String col_reports();
    @Message("占比(%)") String col_share();
    @Message("上期上报数") String col_previous();
    @Message("环比变化(%)") String col_change();
    @Message("热力图：{item}（网格 × 月份）") String hot_matrix(String item);
    @Message("网格 × 月份上报数") String hot_matrix_table();
    @Message("月份") String col_month();

    // --- recurring ---
    @Message("重复发生") String rec_title();
    @Message("同一事项在 {radius} 米范围内、{from} 至 {to} 期间上报不少于 {k} 次的地点。") String rec_intro(int radius, String from, String to, int k);
    @Message("读取的定位上报已达上限 {n} 条，只分析了最新的 {n} 条；请缩短时段或指定事项。") String rec_truncated(int n);
    @Message("重复发生地点") String rec_table();
    @Message("半径（米）") String radius();
    @Message("最少次数") String min_reports();
    @Message("次数") String col_count();
    @Message("首次上报") String col_first();
    @Message("最近上报") String col_last();
    @Message("未办结") String col_open();
    @Message("中心经度") String col_lon();
    @Message("中心纬度") String col_lat();
    @Message("重复发生地点地图（表格列出同样的地点）") String rec_map();

    // --- trends ---
    @Message("趋势") String trend_title();
    @Message("趋势") String trend_table();
    @Message("时段") String col_bucket();
    @Message("结案数") String col_closed();
    @Message("超期待处置") String col_overdue();
    @Message("满意率(%)") String col_satisfaction();
    @Message("上报移动平均（{n} 期）") String col_average(int n);
    @Message("上报移动平均") String col_average_short();
    @Message("本期上报 {now}，上期 {before}（{change}）；本期结案 {closed}，上期 {closedBefore}。") String trend_compare(long now, long before, String change, long closed, long closedBefore);
    @Message("上期无数据") String no_change();

    // --- bottlenecks ---
    @Message("部门瓶颈") String bn_title();
    @Message("各部门每个环节的平均用时（小时）：核实 ÷ 已核实案件，派遣 ÷ 已派遣，签收 ÷ 已签收，处置 ÷ 已处置，核查 ÷ 核查次数；按最慢环节排序。") String bn_intro();
    @Message("部门平均用时") String bn_table();
    @Message("部门") String col_department();
    @Message("案件数") String col_cases();
    @Message("派遣数") String col_dispatched();
    @Message("核实(小时)") String col_verify();
    @Message("派遣(小时)") String col_dispatch();
    @Message("签收(小时)") String col_accept();
    @Message("处置(小时)") String col_handle();
    @Message("核查(小时)") String col_check();
    @Message("退回率(%)") String col_returned();
    @Message("返工率(%)") String col_reworked();
    @Message("超期率(%)") String col_overdue_share();
    @Message("最慢环节") String col_worst();
    @Message("当前积压最久的案件") String stuck_title();
    @Message("当前积压案件") String stuck_table();
    @Message("案卷号") String col_number();
    @Message("标题") String col_title();
    @Message("状态") String col_state();
    @Message("本环节开始") String col_since();
    @Message("已等待(小时)") String col_waiting();
    @Message("是") String yes();
    @Message("否") String no();
    @Message("已超期") String col_is_overdue();
    @Message("核实") String step_verify();
    @Message("派遣") String step_dispatch();
    @Message("签收") String step_accept();
    @Message("处置") String step_handle();
    @Message("核查") String step_check();
    @Message("部门数据按街道统计，您的账号只能查看所在部门或由指挥中心查看。") String bn_not_for_you();
}
