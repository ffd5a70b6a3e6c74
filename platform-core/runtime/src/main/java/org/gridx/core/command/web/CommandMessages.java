package org.gridx.core.command.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the command centre's pages (templates: {@code {cmd:key}}), Chinese first; English in
 * {@code messages/cmd_en.properties}. The {@code js_} texts are handed to the board's script.
 */
@MessageBundle(value = "cmd", locale = "zh-CN")
public interface CommandMessages {

    @Message("指挥中心大屏") String board_title();
    @Message("视频监控") String cameras_title();
    @Message("当前范围") String board_path();
    @Message("关键指标") String kpis_label();
    @Message("今日上报") String kpi_today();
    @Message("在办案件") String kpi_open();
    @Message("超期未办") String kpi_overdue();
    @Message("本月结案") String kpi_closed();
    @Message("处置率") String kpi_disposal();
    @Message("满意率") String kpi_satisfaction();
    @Message("处置率 = 已处置 / 已派遣；满意率 = 满意 / 已评价；本月指标按本月上报的案件统计。") String kpi_help();
    @Message("实时动态") String feed_title();
    @Message("新上报、超期和升级的案件会即时出现在这里。") String feed_empty();
    @Message("案件地图") String map_title();
    @Message("在办案件与网格边界地图；点击社区或网格可下钻，用上方的路径返回上一级。") String map_label();
    @Message("近30天上报与结案") String chart_trend();
    @Message("各下级在办案件") String chart_parts();
    @Message("在办案件最多的部门") String chart_departments();
    @Message("今日值班") String duty_title();
    @Message("今天还没有排班。") String duty_none();
    @Message("班次") String duty_shift();
    @Message("时间") String duty_hours();
    @Message("值班人员") String duty_person();
    @Message("职责") String duty_role();
    @Message("电话") String duty_phone();
    @Message("本页需要启用 JavaScript 才能显示地图、图表和实时动态；值班表见上。") String needs_script();

    @Message("{#when shift}{#is 'day'}白班{#is 'night'}夜班{#else}全天{/when}") String shift(String shift);
    @Message("{#when role}{#is 'leader'}带班领导{#is 'officer'}值班员{#else}调度员{/when}") String duty_role_name(String role);
    @Message("{#when status}{#is 'online'}在线{#is 'offline'}离线{#else}维护中{/when}") String status_name(String status);

    // --- texts for the board's script ---
    @Message("实时连接已建立") String js_live_on();
    @Message("实时连接中断，正在重连…") String js_live_off();
    @Message("新上报") String js_new();
    @Message("超期") String js_overdue();
    @Message("升级") String js_escalated();
    @Message("上报") String js_reported();
    @Message("结案") String js_closed();
    @Message("在办") String js_open();
    @Message("超期未办") String js_overdue_pending();
    @Message("打开视频流") String js_open_stream();
    @Message("数据加载失败，请刷新页面。") String js_failed();
    @Message("地图只显示最新的 2000 件在办案件。") String js_truncated();

    // --- the camera registry page ---
    @Message("登记全街道的视频监控点位；调度员和管理员可以新增、修改和删除。") String cameras_intro();
    @Message("新增摄像头") String camera_add();
    @Message("修改摄像头") String camera_edit();
    @Message("名称") String camera_name();
    @Message("所在网格（编码）") String camera_node();
    @Message("经度") String camera_lon();
    @Message("纬度") String camera_lat();
    @Message("视频流地址（http、https 或 rtsp）") String camera_url();
    @Message("状态") String camera_status();
    @Message("备注（可选）") String camera_note();
    @Message("保存") String camera_save();
    @Message("删除") String camera_delete();
    @Message("修改") String camera_change();
    @Message("还没有登记摄像头。") String cameras_none();
    @Message("已保存：{name}") String camera_saved(String name);
    @Message("已删除。") String camera_deleted();
    @Message("请修改以下内容后重新提交：") String fix_these();
    @Message("共 {n} 个") String cameras_count(int n);
}
