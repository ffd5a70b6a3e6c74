package org.gridx.core.media.service;

import java.util.List;
import java.util.Locale;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/** The ways an upload is refused, each saying what was wrong with which file and what to send instead. */
final class MediaProblems {

    static final String ACCEPTED = "Send a JPEG (image/jpeg) or PNG (image/png) photo.";

    private MediaProblems() {
    }

    static ProblemException unsupported(Upload u, String found) {
        return problem(415, "Unsupported file type", u.label() + " is " + found + ", not a photo this platform accepts. "
                + ACCEPTED, u, "the content must be JPEG or PNG (checked from the bytes, not the name or declared type)");
    }

    static ProblemException tooLarge(Upload u, long max) {
        return problem(413, "File too large", u.label() + " has " + mb(u.bytes().length) + "; the limit is " + mb(max)
                + ". Send a smaller photo (on a phone: a lower camera resolution, or share it compressed).", u,
                "at most " + mb(max));
    }

    static ProblemException tooManyPixels(Upload u, int width, int height, long max) {
        return problem(413, "Image too large", u.label() + " is " + width + " × " + height + " pixels; the limit is "
                + max / 1_000_000 + " megapixels. Send it at a lower resolution.", u, "at most " + max / 1_000_000 + " megapixels");
    }

    static ProblemException unreadable(Upload u, String format) {
        return problem(422, "Unreadable image", u.label() + " starts like a " + format
                + " file but could not be decoded (damaged, cut off or an unusual variant such as CMYK). "
                + "Open it on the device and export or share it again as JPEG.", u, "not a readable " + format);
    }

    static ProblemException empty(Upload u) {
        return problem(400, "Empty file", u.label() + " has no content. " + ACCEPTED, u, "empty");
    }

    static ProblemException noFiles() {
        return new ProblemException(Problem.of(400, "No photo", "The request carries no file. Send multipart/form-data "
                + "with one or more parts named 'file', or the photo itself as the body with Content-Type image/jpeg or image/png.")
                .withErrors(List.of(new FieldProblem("file", "required"))));
    }

    static ProblemException tooManyFiles(int count, int max) {
        return new ProblemException(Problem.of(400, "Too many files", count + " files in one request; at most " + max
                + " are taken at once. Send the rest in another request.").withErrors(List.of(new FieldProblem("file",
                        "at most " + max + " files"))));
    }

    private static ProblemException problem(int status, String title, String detail, Upload u, String why) {
        return new ProblemException(Problem.of(status, title, detail).withErrors(List.of(new FieldProblem(u.pointer(), why))));
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
