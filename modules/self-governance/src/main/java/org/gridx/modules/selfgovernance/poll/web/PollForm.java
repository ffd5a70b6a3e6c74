package org.gridx.modules.selfgovernance.poll.web;

import java.util.Arrays;
import java.util.List;
import org.gridx.modules.selfgovernance.common.web.FormCheck;
import org.gridx.modules.selfgovernance.poll.rest.PollInput;

/** The "set up a poll" form as typed (kept to fill the form again when it is refused); options one per line. */
public record PollForm(String question, String options, String maxChoices, String gridCode, String opensAt, String closesAt) {

    static final PollForm EMPTY = new PollForm("", "", "1", "", "", "");

    /** The API's input; a blank or non-numeric maximum becomes 0, which the input's own check refuses. */
    PollInput input() {
        List<String> lines = options == null ? List.of()
                : Arrays.stream(options.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        int max = maxChoices != null && maxChoices.strip().matches("[0-9]{1,3}") ? Integer.parseInt(maxChoices.strip()) : 0;
        return new PollInput(question, lines, max, gridCode == null ? null : gridCode.strip(),
                FormCheck.local(opensAt, "opensAt"), FormCheck.local(closesAt, "closesAt"));
    }
}
