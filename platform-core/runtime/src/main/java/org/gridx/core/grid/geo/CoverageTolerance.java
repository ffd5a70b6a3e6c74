package org.gridx.core.grid.geo;

/**
 * Digitising noise to ignore: pieces smaller than {@code minAreaM2}, or thinner than {@code minWidthM}
 * everywhere (slivers along a shared edge drawn twice), are not reported.
 */
public record CoverageTolerance(double minAreaM2, double minWidthM) {

    public static final CoverageTolerance DEFAULT = new CoverageTolerance(1.0, 0.5);
}
