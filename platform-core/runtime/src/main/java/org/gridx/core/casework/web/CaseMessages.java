package org.gridx.core.casework.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the closed loop's pages (templates: {@code {cw:key}}), Chinese first; English in
 * {@code messages/cw_en.properties}. The {@code js_} texts are handed to the report page's script.
 */
@MessageBundle(value = "cw", locale = "zh-CN")
public interface CaseMessages {

    @Message("上报问题") String link_report();
    @Message("待核查任务") String link_tasks();
    @Message("指挥调度台") String link_dispatch();
    @Message("部门待办") String link_inbox();
    @Message("我的上报") String link_my_reports();
    @Message("请修改以下内容后重新提交：") String fix_these();

    // --- the report page ---
    @Message("上报问题") String report_heading();
    @Message("选择事项、拍照、定位并描述问题。没有网络时，上报先保存在本机，联网后自动发送，不会重复。") String report_intro();
    @Message("本页需要启用 JavaScript 才能拍照上报。") String report_needs_script();
    @Message("本街道还没有发布处置任务责任清单，暂时无法上报。请联系管理员。") String report_no_list();
    @Message("事项") String report_item();
    @Message("搜索事项（编码或名称）") String report_item_search();
    @Message("例如：井盖、违建、06003") String report_item_search_hint();
    @Message("照片") String report_photos();
    @Message("可拍照或从相册选择，最多 9 张。") String report_photos_help();
    @Message("已选照片") String report_previews();
    @Message("位置") String report_location();
    @Message("正在获取位置…") String report_locating();
    @Message("重新定位") String report_locate();
    @Message("所在网格") String report_grid();
    @Message("按手机定位自动确定") String report_grid_auto();
    @Message("无法定位时（或定位不准时）请选择网格；选择的网格优先于定位。") String report_grid_help();
    @Message("地址（可选）") String report_address();
    @Message("例如：北大社区对面") String report_address_hint();
    @Message("问题描述") String report_description();
    @Message("例如：人行道井盖破损，有行人绊倒风险") String report_description_hint();
    @Message("上报") String report_submit();
    @Message("本地扩展事项") String report_local_items();
    @Message("部件") String report_components();
    @Message("事件") String report_events();
    @Message("待发送的上报") String queue_heading();
    @Message("没有待发送的上报。") String queue_empty();
    @Message("立即发送") String queue_send_now();
    @Message("已保存在本机，联网后自动发送。") String js_queued();
    @Message("已上报，案卷号：") String js_sent();
    @Message("查看案卷") String js_open_case();
    @Message("待发送：") String js_count();
    @Message("当前离线") String js_offline();
    @Message("等待网络") String js_waiting();
    @Message("正在发送…") String js_sending();
    @Message("未被受理，请查看原因后放弃或重新上报") String js_rejected();
    @Message("该上报已用同一编号发送过不同内容，请核对后放弃") String js_conflict();
    @Message("登录已过期，请重新登录后发送") String js_signin();
    @Message("服务器暂时无法处理，稍后重试") String js_server();
    @Message("放弃") String js_discard();
    @Message("确定放弃这条尚未发送的上报吗？") String js_confirm_discard();
    @Message("移除照片") String js_remove_photo();
    @Message("请选择事项。") String js_need_item();
    @Message("请描述问题。") String js_need_description();
    @Message("无法定位，请选择所在网格。") String js_need_place();
    @Message("最多 9 张照片。") String js_too_many_photos();
    @Message("已定位：") String js_located();
    @Message("无法获取位置，请在下面选择所在网格。") String js_no_position();
    @Message("匹配事项：") String js_matches();

    // --- action forms ---
    @Message("派遣到{name}") String act_dispatch_to(String name);
    @Message("派遣到其他部门") String act_dispatch_other();
    @Message("理由") String act_reason();
    @Message("合并到 {number}") String act_merge_into(String number);
    @Message("处理情况") String act_handled_note();
    @Message("核查情况") String act_check_note();
    @Message("评价意见") String act_comment();
    @Message("部门") String act_department();
    @Message("延期时长") String act_extension();
    @Message("4 小时") String ext_4h();
    @Message("1 天") String ext_1d();
    @Message("3 天") String ext_3d();
    @Message("7 天") String ext_7d();
    @Message("评分") String act_rating();
    @Message("★ 很不满意") String rate_1();
    @Message("★★ 不满意") String rate_2();
    @Message("★★★ 一般") String rate_3();
    @Message("★★★★ 满意") String rate_4();
    @Message("★★★★★ 很满意") String rate_5();
    @Message("处置前照片") String act_photos_before();
    @Message("处置后照片") String act_photos_after();
    @Message("照片") String act_photos();
    @Message("（必填）") String act_required();
    @Message("案卷 {number}：{action}已完成。") String done(String number, String action);

    // --- the case page ---
    @Message("案卷 {number}") String case_heading(String number);
    @Message("概况") String case_summary();
    @Message("状态") String col_state();
    @Message("超期") String overdue();
    @Message("事项") String col_item();
    @Message("来源") String col_source();
    @Message("网格") String col_grid();
    @Message("上报") String col_reported();
    @Message("期限") String col_due();
    @Message("牵头部门") String col_department();
    @Message("协办") String col_co_departments();
    @Message("清单建议") String col_suggested();
    @Message("升级层级") String col_level();
    @Message("申请延期") String col_postponement();
    @Message("疑似重复") String col_duplicate();
    @Message("评价") String col_rating();
    @Message("退回 / 返工 / 延期") String col_counts();
    @Message("{returns} / {reworks} / {postponements} 次") String counts(int returns, int reworks, int postponements);
    @Message("可办理") String case_actions();
    @Message("位置") String case_place();
    @Message("经度 {lon}，纬度 {lat}") String case_map_label(Double lon, Double lat);
    @Message("照片") String case_photos();
    @Message("办理记录") String case_timeline();
    @Message("记录哈希") String case_hash();
    @Message("核验记录") String case_verify();
    @Message("记录完整：{entries} 条记录的哈希链核验无误。") String verify_intact(int entries);
    @Message("记录在第 {at} 条处不一致：") String verify_broken(Integer at);
    @Message("核验这份记录的哈希链") String verify_link();
    @Message("{label}（第 {seq} 步）的照片") String photo_alt(String label, String seq);
    @Message("{#when key}{#is 'department'}派遣部门{#is 'coDepartments'}协办部门{#is 'assignee'}承办人"
            + "{#is 'listDepartment'}清单部门{#is 'returnedBy'}退回方{#is 'itemCode'}事项{#is 'itemCorrectedFrom'}原事项"
            + "{#is 'duplicateOf'}疑似重复{#is 'mergedInto'}合并到{#is 'merged'}并入的案卷{#is 'extension'}延期"
            + "{#is 'due'}期限{#is 'level'}层级{#is 'handler'}责任人{#is 'rating'}评分{#is 'onBehalf'}代为评价"
            + "{#is 'source'}来源{#is 'grid'}网格{#else}{key}{/when}")
    String fact(String key);
    @Message("{#when source}{#is 'grid-worker'}网格员上报{#is 'resident'}居民上报{#is 'video'}视频监控{#is 'hotline'}热线"
            + "{#is 'patrol'}日常巡查{#is 'appeal'}居民诉求{#is 'open311'}Open311{#is 'self-governance'}居民自治{#else}{source}{/when}")
    String source(String source);

    // --- tasks, inbox, my reports ---
    @Message("待核查（部门已处置）") String tasks_to_check();
    @Message("到现场核实问题是否已解决：已解决则结案，未解决则返工。") String tasks_to_check_help();
    @Message("没有待核查的案卷。") String tasks_none_to_check();
    @Message("我上报的在办案卷") String tasks_my_open();
    @Message("没有在办的上报。") String tasks_none_mine();
    @Message("待签收") String inbox_dispatched();
    @Message("签收后开始计算处置时限；不属本部门的请说明理由退回。") String inbox_dispatched_help();
    @Message("处置中") String inbox_accepted();
    @Message("处置完成后填写处理情况并上传结果照片；需要更多时间请申请延期。") String inbox_accepted_help();
    @Message("没有案卷。") String inbox_none();
    @Message("已申请延期 {extension}，等待指挥中心决定") String inbox_postponement_waiting(String extension);
    @Message("已评价：{rating} 星") String mine_rated(Short rating);
    @Message("已结案，请评价处置结果：") String mine_please_rate();
    @Message("您还没有上报过问题。") String mine_none();
    @Message("刷新") String live_refresh();
    @Message("有新的变化，完成当前操作后请刷新。") String live_changed();
    @Message("实时更新不可用，请手动刷新。") String live_off();
    @Message("实时更新已连接。") String live_on();
    @Message("已更新。") String live_updated();

    // --- the dispatcher console ---
    @Message("工作队列") String queues_label();
    @Message("{#when id}{#is 'reported'}待核实立案{#is 'duplicates'}疑似重复{#is 'registered'}待派遣{#is 'returned'}被退回"
            + "{#is 'postponements'}延期申请{#is 'overdue'}超期{#else}{id}{/when}")
    String queue(String id);
    @Message("{#when id}{#is 'reported'}核实是否属实、是否属于受理范围，立案或说明理由不予立案。"
            + "{#is 'duplicates'}与附近同类在办案卷重复的上报：合并，或确认不重复后继续办理。"
            + "{#is 'registered'}按责任清单派遣到牵头部门；派往其他部门须说明理由。"
            + "{#is 'returned'}部门退回的案卷，查看退回理由后重新派遣。"
            + "{#is 'postponements'}部门申请延长处置时限：批准或说明理由驳回。"
            + "{#is 'overdue'}已超过当前环节时限的案卷，必要时逐级上报。{#else}{/when}")
    String queue_help(String id);
    @Message("已退回 {count} 次") String returned_times(int count);
    @Message("显示 {shown} / {count} 件") String queue_more(int shown, long count);
    @Message("队列为空。") String queue_none();
    @Message("在办案卷地图") String dispatch_map();
    @Message("在办案卷在网格地图上的位置") String dispatch_map_label();
    @Message("红色为超期案卷；点击圆点打开案卷。地图上的案卷也都列在左侧队列中。") String dispatch_map_help();
}
