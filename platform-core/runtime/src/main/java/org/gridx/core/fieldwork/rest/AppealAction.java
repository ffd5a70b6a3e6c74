package org.gridx.core.fieldwork.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A step of an appeal: start, resolve (with a note saying how) or to-case (hand it to the closed loop). */
public record AppealAction(
        @NotBlank(message = "give the action: start, resolve or to-case")
        @Pattern(regexp = "start|resolve|to-case", message = "one of start, resolve, to-case") String action,
        @Size(max = 2000, message = "at most 2000 characters") String note) {
}
