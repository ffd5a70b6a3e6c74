package org.gridx.core.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the core pages; Chinese is the default, English lives in {@code messages/msg_en.properties}.
 * Templates use them as {@code {msg:key}}; Java code through {@link Texts}.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface AppMessages {

    @Message("网格化+X") String app_name();
    @Message("跳到正文") String skip_to_content();
    @Message("English") String lang_other();
    @Message("主导航") String nav_label();
    @Message("首页") String nav_home();
    @Message("退出登录") String sign_out();
    @Message("已登录：{name}") String signed_in_as(String name);

    @Message("登录") String login_heading();
    @Message("用户名") String login_username();
    @Message("密码") String login_password();
    @Message("登录") String login_submit();
    @Message("用户名或密码错误，请检查后重试。") String login_failed();
    @Message("尝试次数过多，请在 {seconds} 秒后重试。") String login_locked(long seconds);
    @Message("请填写用户名和密码。") String login_missing();

    @Message("工作台") String home_heading();
    @Message("您好，{name}") String home_welcome(String name);
    @Message("我的角色与职责") String home_roles();
    @Message("已启用的功能模块") String home_modules();
    @Message("本街道尚未启用任何功能模块。") String home_no_modules();
    @Message("管理功能模块") String link_admin_modules();
    @Message("负责网格：{grids}") String home_grid_scope(String grids);

    @Message("督导所辖网格的工作，检查事件处置是否及时、到位，对网格工作进行考核监督。") String role_supervisor();
    @Message("统筹本级网格：组织网格员采集上报、协调处置，本网格解决不了的问题逐级上报。") String role_grid_chief();
    @Message("作为下沉的部门干部，指导社区网格的业务工作，推动问题在网格内解决。") String role_instructor();
    @Message("全科网格员：负责本网格的人、地、物、事、组织，入户走访、采集上报、核查结案。") String role_specialist();
    @Message("日常巡查本网格，发现问题拍照定位上报，处置后到现场核实并反馈给提出诉求的居民。") String role_informant();
    @Message("指挥中心：核实立案，按处置任务责任清单派遣到职能部门，跟踪处置时限。") String role_dispatcher();
    @Message("职能部门：签收派遣的案件，处置后上传结果照片并反馈。") String role_department_handler();
    @Message("管理本街道（租户）的账号、网格与功能模块。") String role_tenant_admin();
    @Message("居民：反映诉求、参与议事，并对处置结果进行评价。") String role_resident();

    @Message("平台运维登录") String operator_login_heading();
    @Message("租户列表") String operator_tenants();
    @Message("代码") String col_code();
    @Message("名称") String col_name();
    @Message("类型") String col_kind();
    @Message("状态") String col_status();
    @Message("尚无租户。") String operator_no_tenants();

    @Message("出错了") String error_heading();
    @Message("请求有误") String error_400();
    @Message("没有权限") String error_403();
    @Message("找不到页面") String error_404();
    @Message("尝试次数过多") String error_429();
    @Message("系统出错") String error_500();
    @Message("返回首页") String error_home();

    // --- module administration (/t/{tenant}/admin/modules) ---
    @Message("“+X”功能模块按街道启用。停用后，模块的页面和接口对本街道不可见，但数据保留；再次启用即恢复。")
    String modules_intro();
    @Message("已保存。") String modules_saved();
    @Message("需要先启用：{requires}") String modules_requires(java.util.List<String> requires);
    @Message("启用") String modules_enabled();
    @Message("保存") String modules_save();
    @Message("本平台还没有安装任何功能模块。") String modules_none();
    // --- grid (issue 3): the grid tree page ---
    @Message("网格地图") String grid_link();
    @Message("网格与边界") String grid_title();
    @Message("网格树") String grid_tree();
    @Message("地图") String grid_map();
    @Message("覆盖检查") String grid_coverage();
    @Message("边界完整：下级网格无缝隙、无重叠地覆盖上级。") String grid_coverage_ok();
    @Message("{count} 处问题") String grid_coverage_count(int count);
    @Message("在岗人员（网格范围覆盖该节点）") String grid_staff();
    @Message("无") String grid_none();
    @Message("户") String grid_households();
    @Message("未绘制边界") String grid_no_boundary();
    @Message("缝隙") String grid_kind_gap();
    @Message("重叠") String grid_kind_overlap();
    @Message("越界") String grid_kind_outside();
    @Message("缺边界") String grid_kind_no_boundary();
    @Message("查看") String grid_look();
    // --- lists (清单): the list editor and the patrol page ---
    @Message("责任清单") String lists_title();
    @Message("处置任务责任清单：每类部件和事件由哪个部门牵头、各环节时限、能否网格内就地解决、如何逐级上报。已发布的版本不再改动，案件始终按立案时的版本办理。") String lists_intro();
    @Message("版本记录") String lists_history();
    @Message("新建草稿") String lists_open_draft();
    @Message("版本") String lists_version();
    @Message("第 {number} 版") String lists_version_n(int number);
    @Message("状态") String lists_status();
    @Message("草稿") String lists_draft();
    @Message("已发布") String lists_published();
    @Message("生效时间") String lists_effective_from();
    @Message("发布人") String lists_by();
    @Message("说明") String lists_note();
    @Message("尚未发布任何版本。") String lists_none();
    @Message("共 {count} 项") String lists_item_count(int count);
    @Message("与上一版相比") String lists_diff();
    @Message("新增 {added} 项，删除 {removed} 项，修改 {changed} 项") String lists_diff_counts(int added, int removed, int changed);
    @Message("发布") String lists_publish();
    @Message("编码") String lists_code();
    @Message("名称") String lists_name();
    @Message("类别") String lists_kind();
    @Message("部件类") String lists_kind_component();
    @Message("事件类") String lists_kind_event();
    @Message("牵头部门") String lists_lead();
    @Message("协办部门（编码，逗号分隔）") String lists_co();
    @Message("时限：核实 / 派遣 / 签收 / 处置 / 核查") String lists_limits();
    @Message("优先级") String lists_priority();
    @Message("网格内就地解决") String lists_on_spot();
    @Message("本地扩展") String lists_local();
    @Message("删除") String lists_remove();
    @Message("添加或修改事项") String lists_add_item();
    @Message("核实") String lists_step_verify();
    @Message("派遣") String lists_step_dispatch();
    @Message("签收") String lists_step_accept();
    @Message("处置") String lists_step_handle();
    @Message("核查") String lists_step_check();
    @Message("保存事项") String lists_save_item();
    @Message("日常巡查") String patrol_title();
    @Message("您的账号没有负责的网格，无法巡查。请联系管理员。") String patrol_no_scope();
    @Message("巡查清单为空，请联系管理员添加巡查事项。") String patrol_no_items();
    @Message("巡查网格") String patrol_grid();
    @Message("未取得位置，将不带位置提交。") String patrol_no_position();
    @Message("正常") String patrol_ok();
    @Message("有问题") String patrol_problem();
    @Message("问题说明") String patrol_note();
    @Message("提交巡查") String patrol_submit();
    @Message("巡查已记录，共检查 {count} 项。") String patrol_recorded(int count);
    @Message("这次巡查之前已经提交过，未重复记录。") String patrol_already();
    @Message("已生成 {count} 份待上报案件草稿") String patrol_drafts(int count);
    @Message("开始新的巡查") String patrol_again();
    // --- elements: the element registry page (基础要素) ---
    @Message("基础要素台账") String el_heading();
    @Message("居民") String el_residents();
    @Message("姓名") String el_name();
    @Message("身份证号（精确）") String el_id_card();
    @Message("手机号（精确）") String el_phone();
    @Message("网格编码") String el_grid();
    @Message("特殊人群") String el_tag();
    @Message("全部") String el_any();
    @Message("查询") String el_search();
    @Message("性别") String el_gender();
    @Message("出生年份") String el_birth_year();
    @Message("户号") String el_household();
    @Message("共 {total} 人，显示前 {shown} 人。") String el_total(long total, int shown);
    @Message("没有符合条件的居民。") String el_none();
    @Message("查看完整号码") String el_reveal();
    @Message("查看原因（将被记录）") String el_reason();
    @Message("身份证号") String el_field_id_card();
    @Message("手机号") String el_field_phone();
    @Message("{name} 的{field}：{value}（本次查看已记录）") String el_revealed(String name, String field, String value);
    @Message("导出 CSV") String el_export_csv();
    @Message("导出 Excel") String el_export_xlsx();
    @Message("号码已脱敏显示；查看完整号码需填写原因，每次查看都会留痕。") String el_masked_note();
    @Message("基础要素台账") String link_elements();
}
