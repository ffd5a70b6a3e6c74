package org.gridx.modules.selfgovernance.forum.web;

import java.util.List;
import org.gridx.modules.selfgovernance.forum.rest.PostView;

/** A post on the thread page: what the reader may see, its text in pieces, and whether they may report it. */
public record PostLine(PostView post, List<PostText.Piece> pieces, boolean reportable) {

    static PostLine of(PostView post, boolean own) {
        return new PostLine(post, PostText.pieces(post.body()), !post.hidden() && !own);
    }
}
