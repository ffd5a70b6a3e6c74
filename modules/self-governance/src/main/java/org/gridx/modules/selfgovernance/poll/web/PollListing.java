package org.gridx.modules.selfgovernance.poll.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.web.LayoutFrame;
import org.gridx.api.web.TenantPages;
import org.gridx.modules.selfgovernance.common.web.FormErrors;
import org.gridx.modules.selfgovernance.people.Caller;
import org.gridx.modules.selfgovernance.poll.domain.Poll;
import org.gridx.modules.selfgovernance.poll.rest.PollView;
import org.gridx.modules.selfgovernance.poll.service.PollViews;

/** The poll list page, with the "set up a poll" form for organisers (empty, or as refused with its errors). */
@ApplicationScoped
class PollListing {

    @Inject
    TenantPages pages;
    @Inject
    PollViews views;
    @Inject
    Caller caller;

    TemplateInstance render(String tenant, PollForm form, FormErrors errors) {
        LayoutFrame frame = pages.frame(tenant, PollTexts.in(pages.locale()).polls_heading());
        List<PollView> all = Poll.<Poll>list("order by closesAt desc, id").stream().map(p -> views.of(p, caller.username())).toList();
        return PollPages.Templates.list(frame, tenant, all, caller.organises(), form, errors).setLocale(frame.locale());
    }
}
