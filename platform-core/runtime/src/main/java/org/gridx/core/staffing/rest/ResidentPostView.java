package org.gridx.core.staffing.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.core.elements.domain.Place;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.staffing.domain.ResidentPost;

/** A resident post with its holder and the basis they hold it on (the election), as staffing shows it. */
public record ResidentPostView(UUID id, String post, LocalizedText postLabel, String node, String nodeName, UUID placeId,
        String placeName, PersonRef holder, String basis, Instant since) {

    public static final LocalizedText BUILDING_HEAD = LocalizedText.of("楼栋长", "Building head");
    public static final LocalizedText GROUP_LEADER = LocalizedText.of("居民小组长", "Resident-group leader");

    public static ResidentPostView of(ResidentPost p, GridNode node) {
        Place place = p.placeId == null ? null : Place.findById(p.placeId);
        return new ResidentPostView(p.id, p.post, ResidentPost.BUILDING_HEAD.equals(p.post) ? BUILDING_HEAD : GROUP_LEADER,
                node.code, node.nameZh, p.placeId, place == null ? null : place.name,
                PersonRef.of(Account.findById(p.holderId)), p.basis, p.since);
    }
}
