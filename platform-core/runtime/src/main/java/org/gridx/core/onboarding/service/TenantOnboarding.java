package org.gridx.core.onboarding.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.onboarding.definition.DefinitionDocument;
import org.gridx.core.onboarding.definition.DefinitionReader;
import org.gridx.core.onboarding.definition.TenantDefinition;
import org.gridx.core.onboarding.validation.DefinitionValidator;

/**
 * Onboarding's entry point for the operator API, the command line and the launcher: read, validate
 * (every problem at once, as a 422 {@link ProblemException}), then import or, for a dry run, stop.
 */
@ApplicationScoped
public class TenantOnboarding {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    DatabaseValidationContext context;
    @Inject
    TenantImporter importer;

    /** Imports {@code tenants/<code>/} from a directory. */
    public ImportReport importDirectory(Path dir, ImportOptions options) {
        return importDocument(DefinitionReader.fromDirectory(dir), options);
    }

    /** Imports a definition shipped on the classpath, e.g. {@code importClasspath("tenants/dalad-gongye", …)}. */
    public ImportReport importClasspath(String base, ImportOptions options) {
        return importDocument(DefinitionReader.fromClasspath(base), options);
    }

    public ImportReport importDocument(DefinitionDocument document, ImportOptions options) {
        long start = System.nanoTime();
        TenantDefinition definition = validated(document);
        if (options.dryRun()) {
            return ImportReports.dryRun(definition, start);
        }
        return importer.run(definition, DefinitionHash.of(document.root()), options, start);
    }

    /** The typed definition, or a 422 naming every problem with its file, pointer and reason. */
    public TenantDefinition validated(DefinitionDocument document) {
        List<FieldProblem> problems = DefinitionValidator.validate(document, context);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The tenant definition has " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + "; nothing was imported. Fix each one listed in 'errors'.",
                    problems);
        }
        return JSON.convertValue(document.root(), TenantDefinition.class);
    }
}
