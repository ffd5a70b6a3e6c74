package org.gridx.modules.selfgovernance.poll.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the poll pages ({@code {sgp:key}}), Chinese first; English in {@code messages/sgp_en.properties}. */
@MessageBundle(value = "sgp", locale = "zh-CN")
public interface PollMessages {

    @Message("投票") String polls_heading();
    @Message("还没有投票。") String polls_none();
    @Message("{#when state}{#is 'open'}投票中{#is 'closed'}已结束{#is 'upcoming'}未开始{#else}{state}{/when}") String state(String state);
    @Message("投票时间：{opens} 至 {closes}") String window(String opens, String closes);
    @Message("单选") String single();
    @Message("最多选 {max} 项") String multiple(int max);
    @Message("投票") String vote();
    @Message("您已投票，结果将在投票结束后公布。") String voted();
    @Message("只有经过核实的本网格居民可以投票。") String verified_only();
    @Message("结果（共 {ballots} 张选票）") String results(long ballots);
    @Message("{votes} 票") String votes(long votes);
    @Message("{#when done}{#is 'voted'}投票成功。{#is 'again'}您已投过票，每人一票。{#is 'unverified'}您的居民身份尚未核实，暂不能投票。请联系网格信息员核实。{#is 'invalid'}选择不符合要求，请检查选项数量。{#is 'closed'}现在不在投票时间内。{#else}{/when}")
    String done(String done);
}
