package org.gridx.core.casework.web;

import java.util.List;
import java.util.UUID;

/**
 * One action form as a page draws it (templates/tags/caseAction.html): which action it posts, its button,
 * and the fields the action needs — a reason, a department, a postponement, a rating, photos. A form
 * with no fields is a single button (one click); the others open in place.
 *
 * @param key unique among a case's forms on one page (dispatch has two: to the suggested department and to another)
 * @param note "none", "optional" or "required"
 * @param photoFields file fields to show ({@code photos}, or {@code photosBefore} and {@code photosAfter})
 */
public record ActionSpec(String key, String action, String label, String note, String noteLabel,
        List<Option> departments, boolean extension, boolean rating, List<String> photoFields, boolean photosRequired,
        UUID mergeInto, boolean primary) {

    public record Option(String value, String label) {
    }

    public boolean simple() {
        return "none".equals(note) && departments == null && !extension && !rating && photoFields.isEmpty();
    }

    public boolean multipart() {
        return !photoFields.isEmpty();
    }

    public boolean noteRequired() {
        return "required".equals(note);
    }

    public boolean hasNote() {
        return !"none".equals(note);
    }
}
