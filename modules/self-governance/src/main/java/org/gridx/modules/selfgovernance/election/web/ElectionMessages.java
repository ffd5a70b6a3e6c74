package org.gridx.modules.selfgovernance.election.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the election pages ({@code {sge:key}}), Chinese first; English in {@code messages/sge_en.properties}. */
@MessageBundle(value = "sge", locale = "zh-CN")
public interface ElectionMessages {

    @Message("选举") String elections_heading();
    @Message("还没有选举。") String elections_none();
    @Message("{#when post}{#is 'building-head'}楼栋长{#is 'resident-group-leader'}居民小组长{#else}{post}{/when}") String post(String post);
    @Message("{#when phase}{#is 'nominating'}提名中{#is 'voting'}投票中{#is 'closed'}投票已结束，待计票{#is 'decided'}已产生结果{#else}{phase}{/when}")
    String phase(String phase);
    @Message("投票时间：{opens} 至 {closes}") String window(String opens, String closes);
    @Message("{#when basis}{#is 'household'}每户一票{#is 'resident'}每人一票{#else}{basis}{/when}") String basis(String basis);
    @Message("候选人") String candidates();
    @Message("暂无候选人。") String candidates_none();
    @Message("{#when status}{#is 'nominated'}已提名，待本人确认{#is 'accepted'}已接受提名{#is 'declined'}已谢绝{#else}{status}{/when}")
    String candidate_status(String status);
    @Message("您被提名为候选人：") String nominated_you();
    @Message("接受提名") String accept();
    @Message("谢绝") String decline();
    @Message("选择一位候选人") String choose();
    @Message("投票") String vote();
    @Message("您（或您家）已投票。") String voted();
    @Message("结果：共 {ballots} 张选票，投票率 {turnout}") String results(long ballots, String turnout);
    @Message("{votes} 票") String votes(long votes);
    @Message("当选：{name}") String winner(String name);
    @Message("{#when done}{#is 'voted'}投票成功。{#is 'again'}已投过票（每户或每人一票）。{#is 'unverified'}您的居民身份尚未核实，暂不能投票。请联系网格信息员核实。{#is 'answered'}已记录您的答复。{#is 'closed'}现在不能进行此操作。{#is 'invalid'}请选择一位候选人。{#else}{/when}")
    String done(String done);

    @Message("发起选举") String new_election();
    @Message("表单有需要修改的地方，请按下列提示修改后再提交。") String form_refused();
    @Message("选举职务") String post_field();
    @Message("标题") String title_field();
    @Message("网格编码") String grid_code();
    @Message("15 位数字，如 150621901001001。") String grid_code_help();
    @Message("楼栋（选楼栋长时必填）") String place_field();
    @Message("楼栋的地点编号（在网格地图的楼栋详情中可以找到）。") String place_help();
    @Message("有投票权的户数（或人数）") String electorate_field();
    @Message("用于计算投票率；按本街道设置，每户一票或每人一票。") String electorate_help();
    @Message("开始投票时间") String opens_at();
    @Message("开始投票前为提名期。") String opens_at_help();
    @Message("结束投票时间") String closes_at();
    @Message("发起") String call_election();
}
