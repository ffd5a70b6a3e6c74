package org.gridx.modules.selfgovernance.election.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.api.web.LayoutFrame;
import org.gridx.api.web.TenantPages;
import org.gridx.modules.selfgovernance.common.web.FormErrors;
import org.gridx.modules.selfgovernance.election.domain.Election;
import org.gridx.modules.selfgovernance.election.service.ElectionViews;
import org.gridx.modules.selfgovernance.people.Caller;

/** The election list page, with the "call an election" form for organisers (empty, or as refused with its errors). */
@ApplicationScoped
class ElectionListing {

    @Inject
    TenantPages pages;
    @Inject
    ElectionViews views;
    @Inject
    Caller caller;

    TemplateInstance render(String tenant, ElectionForm form, FormErrors errors) {
        LayoutFrame frame = pages.frame(tenant, ElectionTexts.in(pages.locale()).elections_heading());
        return ElectionPages.Templates.list(frame, tenant, Election.<Election>list("order by closesAt desc, id").stream()
                .map(e -> views.of(e, caller.username())).toList(), caller.organises(), form, errors).setLocale(frame.locale());
    }
}
