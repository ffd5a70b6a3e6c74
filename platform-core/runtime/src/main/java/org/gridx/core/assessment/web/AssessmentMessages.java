package org.gridx.core.assessment.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the assessment pages (templates: {@code {asm:key}}); English in {@code messages/asm_en.properties}. */
@MessageBundle(value = "asm", locale = "zh-CN")
public interface AssessmentMessages {

    @Message("考核指标") String title();
    @Message("按上报日期统计：案件计入其上报所在的期间（租户时区）。") String intro();
    @Message("查询条件") String filter_legend();
    @Message("月份") String month();
    @Message("自定义期间") String custom();
    @Message("开始日期") String from();
    @Message("结束日期") String to();
    @Message("选择月份，或留空并填写开始、结束日期（最长三年）。") String period_help();
    @Message("范围") String node();
    @Message("全部") String whole_tenant();
    @Message("分组") String by();
    @Message("不分组（一行合计）") String by_none();
    @Message("按街道") String by_street();
    @Message("按社区") String by_community();
    @Message("按网格") String by_grid();
    @Message("按职能部门") String by_department();
    @Message("按上报人") String by_person();
    @Message("查看") String show();
    @Message("考核指标（{from} 至 {to}）") String caption(String from, String to);
    @Message("下载 CSV") String download_csv();
    @Message("下载 Excel（XLSX）") String download_xlsx();
    @Message("本期间没有数据。") String no_rows();
    @Message("公式") String formula();
    @Message("指标公式") String formulas();
    @Message("分子、分母均为所选期间内上报的案件的计数；分母为 0 时该指标为空（—）。") String formulas_intro();
    @Message("综合评分与等级") String score_heading();
    @Message("综合评分 = Σ 权重 × 指标值 ÷ 有数据指标的权重之和（越低越好的指标按 1 − 指标值计）；等级按下列分数线：") String score_explain();
    @Message("{grade} ≥ {floor}") String grade_floor(String grade, String floor);
    @Message("其余为 E") String grade_rest();
    @Message("权重") String weights();
    @Message("考核设置") String settings_title();
    @Message("请更正以下内容：") String fix_these();
    @Message("越高越好") String higher_better();
    @Message("越低越好") String lower_better();
    @Message("权重（0–100 的整数，合计 100）") String weights_legend();
    @Message("平均处置时长以小时计，不参与评分。") String hours_not_weighted();
    @Message("等级分数线（0–100，自 A 至 D 递减；低于 D 为 E）") String floors_legend();
    @Message("{grade} 级最低分") String floor_label(String grade);
    @Message("保存") String save();
    @Message("已保存。") String saved();
    @Message("仅租户管理员可修改；以下为当前设置。") String read_only();
    @Message("当前使用默认设置。") String defaults_in_use();
    @Message("最后修改：{who}，{at}") String last_changed(String who, String at);
    @Message("当前合计：{sum}") String current_sum(int sum);
    @Message("指标") String indicator();
    @Message("等级") String grade();
    @Message("最低分") String lowest_score();
}
