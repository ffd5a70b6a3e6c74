package org.gridx.core.web;

/** One entry of a page's navigation, already localised. */
public record NavLink(String href, String label) {
}
