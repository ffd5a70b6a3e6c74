package org.gridx.testkit.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.api.portal.PortalLink;
import org.gridx.api.portal.PortalSection;
import org.gridx.api.portal.PublicSection;

/** The sample module's public section: its latest notes' titles, as a module shows open meetings or forums. */
@ApplicationScoped
public class SampleNotesSection implements PublicSection {

    @Override
    public String moduleId() {
        return SampleNotesModule.ID;
    }

    @Override
    public List<PortalSection> sections() {
        List<PortalLink> links = SampleNote.<SampleNote>list("order by id desc").stream().limit(5)
                .map(n -> new PortalLink(LocalizedText.of(n.title, n.title), SampleNotesModule.ID + "/notes/" + n.id, null))
                .toList();
        return List.of(new PortalSection("sample-notes-latest", LocalizedText.of("最新便签", "Latest notes"), links,
                PortalLink.of("全部便签", "All notes", SampleNotesModule.ID + "/notes")));
    }
}
