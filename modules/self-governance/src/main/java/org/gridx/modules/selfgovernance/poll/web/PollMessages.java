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

    @Message("发起投票") String new_poll();
    @Message("表单有需要修改的地方，请按下列提示修改后再提交。") String form_refused();
    @Message("问题") String question();
    @Message("选项") String options();
    @Message("每行一个选项，2 至 20 项。") String options_help();
    @Message("最多可选几项") String max_choices();
    @Message("填 1 为单选；大于 1 为多选，不超过选项数。") String max_choices_help();
    @Message("网格（或社区）编码") String grid_code();
    @Message("9、12 或 15 位数字，如 150621901001001。") String grid_code_help();
    @Message("开始投票时间") String opens_at();
    @Message("结束投票时间") String closes_at();
    @Message("发起") String create_poll();
}
