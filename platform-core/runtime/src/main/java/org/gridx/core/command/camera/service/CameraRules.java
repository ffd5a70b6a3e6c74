package org.gridx.core.command.camera.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.command.camera.domain.Camera;

/**
 * What a camera entry must be, each field with how to fix it. The stream URL becomes a link on the board,
 * so only schemes a player opens are taken: a {@code javascript:} or {@code data:} link would run in the
 * centre's session.
 */
final class CameraRules {

    static final Set<String> SCHEMES = Set.of("http", "https", "rtsp");

    private CameraRules() {
    }

    static void check(CameraInput in) {
        List<FieldProblem> p = new ArrayList<>();
        if (in == null) {
            throw ProblemException.invalid("Send the camera as JSON.", List.of(new FieldProblem("/", "expected an object")));
        }
        if (blank(in.name()) || in.name().strip().length() > 100) {
            p.add(new FieldProblem("/name", "give the camera's name, 1 to 100 characters, e.g. 北大社区东门"));
        }
        if (blank(in.node())) {
            p.add(new FieldProblem("/node", "give the code of the grid node the camera is on"));
        }
        if (in.lon() == null || in.lon() < -180 || in.lon() > 180 || in.lon().isNaN()) {
            p.add(new FieldProblem("/lon", "give the longitude in degrees, -180 to 180 (e.g. 110.03)"));
        }
        if (in.lat() == null || in.lat() < -90 || in.lat() > 90 || in.lat().isNaN()) {
            p.add(new FieldProblem("/lat", "give the latitude in degrees, -90 to 90 (e.g. 40.40)"));
        }
        if (!validUrl(in.streamUrl())) {
            p.add(new FieldProblem("/streamUrl", "give the stream's address starting with http://, https:// or rtsp://, "
                    + "at most 500 characters"));
        }
        if (in.status() != null && !Camera.STATUSES.contains(in.status())) {
            p.add(new FieldProblem("/status", "use one of " + String.join(", ", Camera.STATUSES)));
        }
        if (in.note() != null && in.note().length() > 500) {
            p.add(new FieldProblem("/note", "at most 500 characters"));
        }
        if (!p.isEmpty()) {
            throw ProblemException.invalid("The camera entry is not complete or not valid; see 'errors'.", p);
        }
    }

    static boolean validUrl(String url) {
        if (blank(url) || url.length() > 500) {
            return false;
        }
        try {
            URI u = new URI(url.strip());
            return u.getScheme() != null && SCHEMES.contains(u.getScheme().toLowerCase(Locale.ROOT)) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
