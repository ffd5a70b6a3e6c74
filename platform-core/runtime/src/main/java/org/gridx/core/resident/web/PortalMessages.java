package org.gridx.core.resident.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the resident portal's pages (templates: {@code {rp:key}}): public home, registration, profile,
 * verification queue, notification settings. English in {@code messages/rp_en.properties}.
 */
@MessageBundle(value = "rp", locale = "zh-CN")
public interface PortalMessages {

    @Message("居民服务") String portal_title();
    @Message("欢迎来到{name}") String portal_welcome(String name);
    @Message("登录") String sign_in();
    @Message("居民注册") String register();
    @Message("进入工作台") String to_workspace();
    @Message("网格") String grids_heading();
    @Message("{count} 户") String households(int count);
    @Message("街道动态") String news_heading();
    @Message("暂无动态。") String news_none();
    @Message("发布于 {at}") String news_published(String at);
    @Message("返回居民服务首页") String back_portal();
    @Message("查看全部") String more();

    @Message("居民注册") String register_heading();
    @Message("注册后，网格信息员或网格专员会核实您的住址。核实前可以浏览和评论，核实后才能投票、参选和联署。") String register_intro();
    @Message("用户名") String field_username();
    @Message("登录时使用：小写字母开头，可含数字、点、横线，例如 li.min") String field_username_help();
    @Message("姓名") String field_name();
    @Message("手机号") String field_phone();
    @Message("电子邮箱") String field_email();
    @Message("手机号和电子邮箱至少填写一项，便于网格员联系您。") String field_contact_help();
    @Message("密码") String field_password();
    @Message("至少 8 个字符") String field_password_help();
    @Message("住址") String field_address();
    @Message("小区") String field_compound();
    @Message("楼栋") String field_building();
    @Message("单元") String field_unit();
    @Message("户（可选）") String field_house();
    @Message("请选择") String choose();
    @Message("更新下一级选项") String load_next();
    @Message("注册") String register_submit();
    @Message("请更正以下内容：") String fix_these();
    @Message("注册成功，请登录。网格员核实您的住址后会通知您。") String registered();

    @Message("个人资料") String profile_heading();
    @Message("核实状态") String profile_state();
    @Message("待核实") String state_pending();
    @Message("已核实") String state_verified();
    @Message("未通过") String state_rejected();
    @Message("原因：{reason}") String reason_was(String reason);
    @Message("当前住址：{address}") String profile_address(String address);
    @Message("更换住址后需要重新核实。") String profile_address_help();
    @Message("保存") String save();
    @Message("已保存。") String saved();
    @Message("已保存。住址已更换，等待网格员重新核实。") String saved_pending();

    @Message("居民核实") String verify_heading();
    @Message("您负责网格中待核实的居民注册。请核对住址与本人是否一致。") String verify_intro();
    @Message("暂无待核实的注册。") String verify_none();
    @Message("网格") String verify_grid();
    @Message("联系方式") String verify_contact();
    @Message("注册时间") String verify_registered_at();
    @Message("核实通过") String verify_accept();
    @Message("不通过") String verify_reject();
    @Message("不通过的原因（居民会看到）") String verify_reason();
    @Message("已核实 {name}。") String verified_notice(String name);
    @Message("已退回 {name} 的注册。") String rejected_notice(String name);

    @Message("通知设置") String settings_heading();
    @Message("通知的接收方式") String settings_legend();
    @Message("即时：每条通知立即送达") String settings_immediate();
    @Message("每日摘要：每天一条通知，汇总当天的所有动态") String settings_daily();
    @Message("设置已保存。") String settings_saved();

    @Message("发布动态") String news_publish_heading();
    @Message("标题（中文）") String news_title_zh();
    @Message("标题（英文，可选）") String news_title_en();
    @Message("正文（中文）") String news_body_zh();
    @Message("正文（英文，可选）") String news_body_en();
    @Message("发布") String news_publish();
    @Message("撤回") String news_withdraw();
    @Message("已发布。") String news_published_notice();
}
