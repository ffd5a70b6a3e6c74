package org.gridx.core.demo.story;

import java.util.List;
import java.util.UUID;

/** A third-level grid of the street with points inside its boundary (empty when it has none drawn). */
public record GridSpot(UUID id, String code, String name, double weight, List<double[]> points) {
}
