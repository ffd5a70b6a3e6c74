package org.gridx.core.web;

import java.util.regex.Pattern;

/**
 * Where to go after signing in. Only a relative path inside the expected area is accepted, so a crafted
 * link cannot bounce a user to another site ({@code //evil}, {@code /\evil}, {@code https:}) or another
 * tenant.
 */
public final class ReturnPath {

    private static final Pattern SAFE = Pattern.compile("^/[A-Za-z0-9\\-._~/%?=&+]*$");

    private ReturnPath() {
    }

    public static String within(String area, String next, String fallback) {
        if (next == null || next.length() > 500 || !SAFE.matcher(next).matches() || next.startsWith("//")
                || next.contains("/../") || next.endsWith("/..") || next.toLowerCase().contains("%2f")
                || next.contains("%5c") || next.contains("%5C")) {
            return fallback;
        }
        return next.equals(area) || next.startsWith(area + "/") || next.startsWith(area + "?") ? next : fallback;
    }
}
