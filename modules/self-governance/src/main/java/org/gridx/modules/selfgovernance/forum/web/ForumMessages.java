package org.gridx.modules.selfgovernance.forum.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the forum pages (templates: {@code {sgf:key}}); English in {@code messages/sgf_en.properties}. */
@MessageBundle(value = "sgf", locale = "zh-CN")
public interface ForumMessages {

    @Message("居民论坛") String forums_title();
    @Message("我的网格和社区") String mine();
    @Message("其他论坛") String others();
    @Message("暂无论坛。") String no_forums();
    @Message("网格") String level_grid();
    @Message("社区") String level_community();
    @Message("话题") String threads();
    @Message("暂无话题，来发起第一个吧。") String no_threads();
    @Message("置顶通知") String pinned();
    @Message("发起话题") String new_thread();
    @Message("标题") String title();
    @Message("内容") String body();
    @Message("最多 {max} 字") String at_most(long max);
    @Message("发布") String submit_thread();
    @Message("回复") String reply();
    @Message("发送回复") String reply_submit();
    @Message("{name} · {time}") String byline(String name, String time);
    @Message("该帖子已被管理员隐藏。") String hidden_placeholder();
    @Message("已隐藏，原因：{reason}") String hidden_reason(String reason);
    @Message("举报") String report();
    @Message("举报理由") String report_reason();
    @Message("提交举报") String report_submit();
    @Message("已收到举报，管理员会尽快处理。") String done_reported();
    @Message("已发布。") String done_posted();
    @Message("已处理。") String done_moderated();
    @Message("申诉已提交，等待管理员决定。") String done_appealed();
    @Message("隐藏") String hide();
    @Message("隐藏理由") String hide_reason();
    @Message("置顶为通知") String pin();
    @Message("取消置顶") String unpin();
    @Message("禁言此人") String ban();
    @Message("禁言理由") String ban_reason();
    @Message("禁言截止日期（含当天）") String ban_until();
    @Message("你已被禁止在本论坛发言，截止 {until}。理由：{reason}") String banned_notice(String until, String reason);
    @Message("申诉（只能申诉一次）") String appeal();
    @Message("申诉内容") String appeal_text();
    @Message("提交申诉") String appeal_submit();
    @Message("你的申诉：{text}") String appealed(String text);
    @Message("论坛管理") String moderation_title();
    @Message("待处理举报") String reports_heading();
    @Message("暂无待处理举报。") String no_reports();
    @Message("举报理由：{reason}") String reported_for(String reason);
    @Message("驳回举报") String dismiss();
    @Message("待决定的申诉") String appeals_heading();
    @Message("暂无申诉。") String no_appeals();
    @Message("{user} 被禁言至 {until}，理由：{reason}") String ban_line(String user, String until, String reason);
    @Message("解除禁言") String lift();
    @Message("维持禁言") String uphold();
    @Message("说明（可选）") String decision_note();
    @Message("返回论坛") String back_to_forum();
    @Message("查看话题") String open_thread();
    @Message("链接在新窗口外打开，请注意辨别。") String links_note();
}
