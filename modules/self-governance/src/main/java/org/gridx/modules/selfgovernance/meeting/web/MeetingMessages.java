package org.gridx.modules.selfgovernance.meeting.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the meeting pages ({@code {sgm:key}}), Chinese first; English in {@code messages/sgm_en.properties}. */
@MessageBundle(value = "sgm", locale = "zh-CN")
public interface MeetingMessages {

    @Message("会议") String meetings_heading();
    @Message("还没有会议。") String meetings_none();
    @Message("{#when kind}{#is 'public-needs'}民情问需会{#is 'four-party'}四方共议{#is 'party-masses'}网格党群议事会{#else}{kind}{/when}")
    String kind(String kind);
    @Message("时间") String when();
    @Message("地点") String venue();
    @Message("组织人") String organiser();
    @Message("名额") String seats();
    @Message("已报名 {taken} / {capacity}") String seats_taken(long taken, Integer capacity);
    @Message("不限名额，已报名 {taken} 人") String seats_open(long taken);
    @Message("候补 {count} 人") String waiting(long count);
    @Message("已满") String full();
    @Message("议程") String agenda();
    @Message("（居民提案）") String from_proposal();
    @Message("四方代表") String parties();
    @Message("{#when party}{#is 'party-branch'}社区党组织{#is 'residents-committee'}居委会{#is 'owners-committee'}业委会{#is 'property-company'}物业公司{#else}{party}{/when}")
    String party(String party);
    @Message("报名") String registration();
    @Message("我要报名") String register();
    @Message("已满，加入候补") String register_waiting();
    @Message("取消报名") String cancel();
    @Message("您已报名，有座位。") String mine_registered();
    @Message("您在候补名单中，有人取消后按报名先后递补。") String mine_waiting();
    @Message("会议已开始，报名已截止。") String closed();
    @Message("会议纪要") String minutes();
    @Message("纪要尚未记录（只有组织人可以记录）。") String minutes_none();
    @Message("决议") String resolutions();
    @Message("暂无决议。") String resolutions_none();
    @Message("已转入闭环处置：案卷 {number}") String resolution_case(String number);
    @Message("当前状态") String case_state();
    @Message("已办结") String case_closed();
    @Message("未转案卷") String resolution_no_case();
    @Message("组织人操作") String organiser_tools();
    @Message("记录纪要") String minutes_save();
    @Message("决议内容") String resolution_text();
    @Message("处置事项编码（转案卷时需要，如 06003）") String resolution_item();
    @Message("记录决议") String resolution_add();
    @Message("转入闭环处置") String resolution_to_case();
    @Message("{#when done}{#is 'registered'}报名成功。{#is 'waiting'}已满，您已进入候补名单。{#is 'cancelled'}已取消报名。{#is 'full'}会议已满，本街道不设候补，请联系组织人。{#is 'closed'}会议已开始，报名已截止。{#is 'minutes'}纪要已保存。{#is 'resolution'}决议已记录。{#is 'case'}决议已转入闭环处置。{#is 'not-organiser'}只有本次会议的组织人可以这样做。{#is 'invalid'}请检查填写的内容（事项编码如 06003）。{#is 'agenda'}议程已添加。{#is 'agenda-invalid'}请填写议程标题（不超过 200 字）。{#is 'invited'}已发出邀请。{#is 'invited-invalid'}请填写要邀请的用户名，每行一个。{#is 'attendance'}出席情况已记录。{#is 'attendance-invalid'}只能为已报名并有座位的人登记出席，请检查用户名。{#else}{/when}")
    String done(String done);

    @Message("召开会议") String new_meeting();
    @Message("表单有需要修改的地方，请按下列提示修改后再提交。") String form_refused();
    @Message("会议类型") String kind_field();
    @Message("会议名称") String title_field();
    @Message("网格（或社区）编码") String grid_code();
    @Message("9、12 或 15 位数字，如 150621901001001。") String grid_code_help();
    @Message("开始时间") String starts_at();
    @Message("结束时间") String ends_at();
    @Message("座位数") String capacity();
    @Message("不限座位请留空。") String capacity_help();
    @Message("议程") String agenda_field();
    @Message("每行一项，最多 30 项；开会前还可以再加。") String agenda_help();
    @Message("四方代表") String parties_field();
    @Message("仅“四方共议”填写，四方各一名代表。") String parties_help();
    @Message("召开") String convene();
    @Message("添加议程") String plan_agenda();
    @Message("议程标题") String plan_agenda_title();
    @Message("邀请参会") String plan_invite();
    @Message("用户名（每行一个）") String plan_usernames();
    @Message("登记出席") String plan_attendance();
    @Message("只能登记已报名并有座位的人。") String plan_attendance_help();
}
