package org.gridx.core.live;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/** The stream's inputs, checked: a type-prefix list and the id of the last event the browser saw. */
final class LiveParams {

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9._-]{0,63}");
    private static final int MAX_PREFIXES = 10;

    private LiveParams() {
    }

    /** {@code types=case.,notification}: prefixes of the event types wanted; none means all. */
    static List<String> types(String types) {
        if (types == null || types.isBlank()) {
            return List.of();
        }
        List<String> prefixes = Arrays.stream(types.split(",")).map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
        if (prefixes.size() > MAX_PREFIXES || !prefixes.stream().allMatch(p -> PREFIX.matcher(p).matches())) {
            throw ProblemException.invalid("The types filter is not a list of type prefixes.", List.of(new FieldProblem(
                    "types", "give up to " + MAX_PREFIXES + " comma-separated prefixes of lower-case letters, digits, "
                            + "'.', '_' or '-', each starting with a letter, e.g. types=case.,notification")));
        }
        return prefixes;
    }

    /** The browser's {@code Last-Event-ID}: a sequence number it received from this stream, or null. */
    static Long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String id = header.strip();
        if (!id.matches("[0-9]{1,18}")) {
            throw ProblemException.invalid("Last-Event-ID is not an id this stream sent.", List.of(new FieldProblem(
                    "Last-Event-ID", "send back the id of the last event received (a whole number), or no header to start fresh")));
        }
        return Long.parseLong(id);
    }
}
