package org.gridx.core.fieldwork.web;

/** A grid the worker may pick on the visit form. */
public record GridOption(String code, String name, boolean selected) {
}
