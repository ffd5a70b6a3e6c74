package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.core.onboarding.definition.DefinitionDocument;

/**
 * The whole verdict on a definition: the schema first, then the semantic checks. The semantic checks run
 * even when the schema failed, so one pass reports every problem (a bad role and a misplaced grid code
 * and an unknown department), each with its file, pointer and reason.
 */
public final class DefinitionValidator {

    private DefinitionValidator() {
    }

    /** Problems located in the files (or {@code #/…} for a merged document); empty when valid. */
    public static List<FieldProblem> validate(DefinitionDocument document, ValidationContext context) {
        JsonNode root = document.root();
        List<DefinitionProblem> problems = new ArrayList<>(SchemaCheck.check(root));
        if (root.isObject()) {
            GridTreeCheck.check(root, problems);
            BoundaryCheck.check(root, problems);
            ReferenceCheck.check(root, problems);
            TenantCheck.check(root, context, problems);
            ModuleCheck.check(root, context, problems);
            PostCheck.check(root, problems);
            DisposalListCheck.check(root, context, problems);
            DutiesPatrolCheck.check(root, context, problems);
        }
        return new LinkedHashSet<>(problems).stream().sorted(DefinitionProblem.READING_ORDER)
                .map(p -> new FieldProblem(document.locate(p.pointer()), p.message()))
                .toList();
    }
}
