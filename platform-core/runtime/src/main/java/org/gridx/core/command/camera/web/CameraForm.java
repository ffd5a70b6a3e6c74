package org.gridx.core.command.camera.web;

import org.gridx.core.command.camera.service.CameraInput;
import org.gridx.core.command.camera.service.CameraView;

/** The camera form as typed (strings, so a refused entry comes back exactly as it was entered). */
public record CameraForm(String id, String name, String node, String lon, String lat, String streamUrl, String status,
        String note) {

    static final CameraForm EMPTY = new CameraForm(null, "", "", "", "", "", "online", "");

    static CameraForm of(CameraView c) {
        return new CameraForm(c.id().toString(), c.name(), c.node(), Double.toString(c.lon()), Double.toString(c.lat()),
                c.streamUrl(), c.status(), c.note() == null ? "" : c.note());
    }

    /** A number field that is not a number is passed on as NaN, so the rules name that field. */
    CameraInput input() {
        return new CameraInput(name, node, number(lon), number(lat), streamUrl, status, note);
    }

    private static Double number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
