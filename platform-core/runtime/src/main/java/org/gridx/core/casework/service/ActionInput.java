package org.gridx.core.casework.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * One move of a case. Which fields matter depends on the action: a reason ({@code note}) to reject, return,
 * rework, escalate or postpone; a department to dispatch elsewhere than the list says; photos to feed back;
 * a rating to evaluate; the case to merge into; how long a postponement runs.
 */
public record ActionInput(
        @NotBlank(message = "name the action, e.g. register, dispatch, accept, handle, close, evaluate") String action,
        @Size(max = 2000, message = "at most 2000 characters") String note,
        @Pattern(regexp = "[a-z][a-z0-9-]*", message = "a department code such as city-management") String department,
        @Size(max = 10, message = "at most 10 co-departments") List<@Pattern(regexp = "[a-z][a-z0-9-]*",
                message = "a department code") String> coDepartments,
        @Size(max = 64, message = "a username") String assignee,
        @Size(max = 9, message = "at most 9 photos per step") List<UUID> photos,
        @Size(max = 9, message = "at most 9 photos") List<UUID> photosBefore,
        @Size(max = 9, message = "at most 9 photos") List<UUID> photosAfter,
        @Min(value = 1, message = "1 (very dissatisfied) to 5 (very satisfied)")
        @Max(value = 5, message = "1 (very dissatisfied) to 5 (very satisfied)") Integer rating,
        UUID mergeInto,
        @Pattern(regexp = "P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?", message = "an ISO-8601 duration such as PT24H or P3D")
        String extension,
        @Pattern(regexp = "[0-9]{5}|L[0-9A-Z-]{1,15}", message = "a list item code such as 06001") String itemCode) {

    public static ActionInput of(String action, String note) {
        return new ActionInput(action, note, null, null, null, null, null, null, null, null, null, null);
    }

    public List<UUID> photoList() {
        return photos == null ? List.of() : photos;
    }
}
