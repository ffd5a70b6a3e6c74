package org.gridx.core.command.board.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.gridx.api.identity.Role;
import org.gridx.core.command.board.service.Board;
import org.gridx.core.command.board.service.BoardMap;
import org.gridx.core.command.board.service.BoardView;
import org.gridx.core.command.board.service.MapView;

/**
 * {@code /api/t/{tenant}/command/board} and {@code …/map}: what the command-centre board loads once, for the
 * node in view ({@code ?node=} a grid code; the caller's top node if omitted; outside their scope: 404).
 * After that the page follows the live stream.
 */
@Path("/api/t/{tenant}/command")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST})
public class BoardResource {

    @Inject
    Board board;
    @Inject
    BoardMap map;

    @GET
    @Path("board")
    public BoardView board(@QueryParam("node") String node) {
        return board.of(node);
    }

    @GET
    @Path("map")
    public MapView map(@QueryParam("node") String node) {
        return map.of(node);
    }
}
