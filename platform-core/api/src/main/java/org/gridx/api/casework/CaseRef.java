package org.gridx.api.casework;

import java.util.UUID;

/** A case as a module keeps it: its id and the number people quote (案件编号). */
public record CaseRef(UUID id, String number) {
}
