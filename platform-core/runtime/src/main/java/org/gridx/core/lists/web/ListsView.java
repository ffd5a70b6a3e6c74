package org.gridx.core.lists.web;

import java.util.List;
import java.util.UUID;
import org.gridx.core.lists.service.ListDiff;
import org.gridx.core.lists.service.VersionView;

/**
 * The list editor page: the version history, the version shown (the one in force unless another is picked),
 * its diff against the previous published version, and whether the reader may edit (tenant admins).
 */
public record ListsView(List<VersionView> history, VersionView shown, ListDiff diff, boolean admin, UUID draftId,
        List<String> departments) {

    public boolean editable() {
        return admin && shown != null && "draft".equals(shown.status());
    }
}
