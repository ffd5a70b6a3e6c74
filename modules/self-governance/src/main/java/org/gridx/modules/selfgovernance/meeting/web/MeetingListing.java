package org.gridx.modules.selfgovernance.meeting.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.web.LayoutFrame;
import org.gridx.api.web.TenantPages;
import org.gridx.modules.selfgovernance.common.web.FormErrors;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;
import org.gridx.modules.selfgovernance.meeting.rest.MeetingSummary;
import org.gridx.modules.selfgovernance.people.Caller;

/** The meeting list page, with the "call a meeting" form for organisers (empty, or as refused with its errors). */
@ApplicationScoped
class MeetingListing {

    @Inject
    TenantPages pages;
    @Inject
    Caller caller;

    TemplateInstance render(String tenant, MeetingForm form, FormErrors errors) {
        MeetingMessages texts = "en".equals(pages.locale().getLanguage())
                ? MessageBundles.get(MeetingMessages.class, Localized.Literal.of("en")) : MessageBundles.get(MeetingMessages.class);
        LayoutFrame frame = pages.frame(tenant, texts.meetings_heading());
        List<MeetingLine> lines = Meeting.<Meeting>list("order by startsAt desc, id").stream()
                .map(MeetingSummary::of).map(MeetingLine::of).toList();
        return MeetingPages.Templates.list(frame, tenant, lines, caller.organises(), form, errors).setLocale(frame.locale());
    }
}
