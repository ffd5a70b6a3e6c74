package org.gridx.core.command.board.service;

import org.gridx.core.grid.domain.GridNode;

/** A grid node as the board names it: code, both names (the page picks its language), level. */
public record NodeRef(String code, String nameZh, String nameEn, int level) {

    public static NodeRef of(GridNode n) {
        return new NodeRef(n.code, n.nameZh, n.nameEn, n.level);
    }
}
