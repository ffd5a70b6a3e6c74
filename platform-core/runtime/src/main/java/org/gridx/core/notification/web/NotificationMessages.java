package org.gridx.core.notification.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the notifications page (templates: {@code {nt:key}}); English in {@code messages/nt_en.properties}. */
@MessageBundle(value = "nt", locale = "zh-CN")
public interface NotificationMessages {

    @Message("通知") String title();
    @Message("未读 {count} 条") String unread_count(long count);
    @Message("暂无通知。") String none();
    @Message("标为已读") String mark_read();
    @Message("全部标为已读") String mark_all_read();
    @Message("查看") String open();
    @Message("未读") String unread();
    @Message("有新通知，刷新页面查看。") String live_new();
}
