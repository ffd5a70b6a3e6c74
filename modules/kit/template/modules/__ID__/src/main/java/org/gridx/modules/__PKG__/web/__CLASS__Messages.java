package org.gridx.modules.__PKG__.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The module's page texts: Chinese here (the default), English in {@code messages/__PKG___en.properties}.
 * Templates use them as {@code {__PKG__:key}}; the namespace is the module's package name, so it is unique.
 */
@MessageBundle(value = "__PKG__", locale = "zh-CN")
public interface __CLASS__Messages {

    @Message("__NAME_ZH__") String heading();
    @Message("新增条目") String add_heading();
    @Message("标题") String field_title();
    @Message("备注（可选）") String field_note();
    @Message("添加") String add_submit();
    @Message("请填写标题，最多 200 字；备注最多 4000 字。") String input_invalid();
    @Message("已添加。") String added();
    @Message("全部条目") String list_heading();
    @Message("还没有条目。用上面的表单添加第一条。") String items_none();
}
