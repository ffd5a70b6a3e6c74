package org.gridx.core.media.service;

/**
 * One file to store: its bytes, where it came from in the request (a field such as {@code file[1]} or
 * {@code body}, used in error messages) and the name the client gave it, if any (never trusted for type).
 */
public record Upload(String pointer, String fileName, byte[] bytes) {

    public Upload {
        bytes = bytes == null ? new byte[0] : bytes;
    }

    /** How errors name this file: the field, and the client's file name when there is one. */
    String label() {
        if (fileName == null || fileName.isBlank()) {
            return pointer;
        }
        String name = fileName.strip().replaceAll("[\\p{Cntrl}\"]", "_");
        return pointer + " (\"" + (name.length() > 80 ? name.substring(0, 80) + "…" : name) + "\")";
    }
}
