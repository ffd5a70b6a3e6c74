package org.gridx.core.fieldwork.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the staffing and field-work pages (templates: {@code {fw:key}}), in their own bundle so they
 * do not crowd the core's; English in {@code messages/fw_en.properties}.
 */
@MessageBundle(value = "fw", locale = "zh-CN")
public interface FieldMessages {

    @Message("入户走访") String visit_heading();
    @Message("所在网格") String visit_grid();
    @Message("住户地址") String visit_address();
    @Message("例如：3号楼2单元501") String visit_address_hint();
    @Message("询问了什么") String visit_asked();
    @Message("发现了什么") String visit_found();
    @Message("需要跟进") String visit_follow_up();
    @Message("保存走访记录") String visit_submit();
    @Message("记录走访") String link_visit();
    @Message("我的网格工作") String link_fieldwork();
    @Message("岗位与AB岗") String link_staffing();
    @Message("走访记录已保存。") String saved();
    @Message("请修改以下内容后重新提交：") String fix_these();
    @Message("我最近的走访") String recent_visits();
    @Message("尚无走访记录。") String no_visits();
    @Message("待办诉求") String open_appeals();
    @Message("没有待办的诉求。") String no_appeals();
    @Message("时间") String col_time();
    @Message("网格") String col_grid();
    @Message("地址") String col_address();
    @Message("跟进") String col_follow_up();
    @Message("是") String yes();
    @Message("居民") String col_raised_by();
    @Message("内容") String col_text();
    @Message("状态") String col_status();
    @Message("岗位与AB岗") String staffing_heading();
    @Message("岗位") String col_role();
    @Message("A岗") String col_holder_a();
    @Message("B岗") String col_holder_b();
    @Message("当前在岗") String col_acting();
    @Message("空缺") String vacant();
    @Message("（B岗顶岗）") String acting_b();
    @Message("尚未设置岗位。") String no_posts();
    @Message("居民岗位（楼栋长、居民小组长）") String resident_posts_heading();
    @Message("担任人") String col_holder();
    @Message("依据") String col_basis();
    @Message("尚无选举产生的居民岗位。") String no_resident_posts();
    @Message("信息员不足的网格（约每100户1名）") String understaffed_heading();
    @Message("户数") String col_households();
    @Message("应配") String col_needed();
    @Message("现有") String col_have();
    @Message("所有网格的信息员配备都已达标。") String none_understaffed();
}
