package org.gridx.core.command.camera.service;

/**
 * A camera as an administrator enters it: name, grid node code, WGS84 position, the stream's URL
 * (http, https or rtsp), status (online, offline, maintenance; online if omitted) and a note.
 * Checked as a whole by {@link CameraRules}, so every wrong field is named in one 422 answer.
 */
public record CameraInput(String name, String node, Double lon, Double lat, String streamUrl, String status, String note) {
}
