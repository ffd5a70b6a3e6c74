package org.gridx.core.assessment.analysis.web;

/** A node the period picker offers: street or community (grids are in the tables and the map). */
public record NodeChoice(String code, String name, int level, boolean selected) {
}
