package org.gridx.core.identity.rest;

import io.vertx.core.http.HttpServerRequest;

/**
 * The address throttling keys on: the peer address (or the forwarded one when Quarkus is told to trust
 * proxy headers with quarkus.http.proxy.*), never a raw header a client could vary at will.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
