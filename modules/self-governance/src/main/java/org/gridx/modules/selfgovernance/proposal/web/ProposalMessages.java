package org.gridx.modules.selfgovernance.proposal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the proposal pages ({@code {sgr:key}}), Chinese first; English in {@code messages/sgr_en.properties}. */
@MessageBundle(value = "sgr", locale = "zh-CN")
public interface ProposalMessages {

    @Message("居民提案") String proposals_heading();
    @Message("还没有提案。") String proposals_none();
    @Message("{#when status}{#is 'open'}征集支持中{#is 'ready'}已达到支持人数，待列入议程{#is 'on-agenda'}已列入会议议程{#else}{status}{/when}")
    String status(String status);
    @Message("支持 {supports} / {threshold}") String supports(int supports, long threshold);
    @Message("支持") String support();
    @Message("您已支持") String supported();
    @Message("提出提案") String raise_heading();
    @Message("只有经过核实的居民可以提出和支持提案；每人对每个提案支持一次。") String raise_help();
    @Message("标题") String title();
    @Message("内容和理由") String body();
    @Message("提交提案") String submit();
    @Message("查看会议") String meeting();
    @Message("{#when done}{#is 'raised'}提案已提交。{#is 'supported'}已支持。{#is 'again'}您已支持过这个提案。{#is 'unverified'}您的居民身份尚未核实，暂不能提出或支持提案。请联系网格信息员核实。{#is 'invalid'}请填写标题和内容（标题最多 200 字）。{#else}{/when}")
    String done(String done);
}
