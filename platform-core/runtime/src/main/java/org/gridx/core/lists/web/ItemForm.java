package org.gridx.core.lists.web;

import jakarta.ws.rs.FormParam;
import java.util.Arrays;
import java.util.List;
import org.gridx.core.lists.domain.EscalationStep;
import org.gridx.core.lists.service.DisposalItem;

/** The editor's item form; escalation is kept from the draft's item (the API edits it in full). */
public class ItemForm {
    @FormParam("code") public String code;
    @FormParam("kind") public String kind;
    @FormParam("nameZh") public String nameZh;
    @FormParam("nameEn") public String nameEn;
    @FormParam("leadDepartment") public String leadDepartment;
    @FormParam("coDepartments") public String coDepartments;
    @FormParam("verify") public String verify;
    @FormParam("dispatch") public String dispatch;
    @FormParam("accept") public String accept;
    @FormParam("handle") public String handle;
    @FormParam("check") public String check;
    @FormParam("priority") public String priority;
    @FormParam("onTheSpot") public String onTheSpot;

    DisposalItem toItem(List<EscalationStep> escalation) {
        List<String> co = coDepartments == null ? List.of() : Arrays.stream(coDepartments.split("[,，\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new DisposalItem(trim(code), kind, new DisposalItem.Name(trim(nameZh), trim(nameEn)), trim(leadDepartment), co,
                new DisposalItem.Limits(trim(verify), trim(dispatch), trim(accept), trim(handle), trim(check)),
                priority, onTheSpot != null, escalation, null);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
