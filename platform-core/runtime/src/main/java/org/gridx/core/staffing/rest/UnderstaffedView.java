package org.gridx.core.staffing.rest;

/** A grid with fewer informant posts than one per 100 households (rounded up). */
public record UnderstaffedView(String code, String name, int households, int informantsNeeded, int informantPosts) {
}
