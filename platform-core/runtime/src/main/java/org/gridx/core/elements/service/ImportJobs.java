package org.gridx.core.elements.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.elements.domain.ImportJob;
import org.gridx.core.elements.domain.Resident;

/**
 * Upload → preview: the file is checked by content, parsed, every row validated in the caller's scope, and
 * kept (encrypted) as a job with its row errors. Nothing is imported until {@link ImportCommits} runs.
 */
@RequestScoped
public class ImportJobs {

    static final String FILE_FIELD = "import-file";
    private static final int PREVIEW = 20;

    @Inject
    ImportConfig config;
    @Inject
    ScopedGrids grids;
    @Inject
    ElementScope scope;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    TenantContext tenant;
    @Inject
    ObjectMapper json;

    @Transactional
    public JobView upload(byte[] content, String fileName) {
        if (content.length > config.maxBytes()) {
            throw new ProblemException(Problem.of(413, "File too large", "The file is " + content.length
                    + " bytes; the limit is " + config.maxBytes() + ". Split it into several files."));
        }
        String format = FileFormat.sniff(content).orElseThrow(() -> ProblemException.badRequest(FileFormat.hint(content)));
        Table table = TableReader.read(format, content, config.maxRows());
        Map<ResidentColumns, Integer> at = ResidentColumns.locate(table.header());
        List<Problem.FieldProblem> missing = ResidentColumns.REQUIRED.stream().filter(c -> !at.containsKey(c))
                .map(c -> new Problem.FieldProblem("row 1", "missing column " + c.zh + " (" + c.field + ")")).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("The header row lacks required columns; known columns: "
                    + String.join(", ", java.util.Arrays.stream(ResidentColumns.values()).map(c -> c.zh + "/" + c.field).toList()), missing);
        }
        ResidentRows.Parsed parsed = ResidentRows.parse(table, grids::id, taken());
        ImportJob job = new ImportJob();
        job.kind = "residents";
        job.format = format;
        job.fileName = fileName == null ? null : fileName.substring(0, Math.min(200, fileName.length()));
        job.status = "previewed";
        job.totalRows = table.rows().size();
        job.errorRows = parsed.errorRows();
        job.errors = write(parsed.errors());
        job.createdBy = scope.actor();
        job.content = cipher.encrypt(tenant.require(), FILE_FIELD, content);
        job.persist();
        List<ResidentView> preview = parsed.drafts().stream().limit(PREVIEW).map(n -> masked(n.draft())).toList();
        return JobView.of(job, parsed.errors(), preview, parsed.drafts().size());
    }

    @Transactional
    public JobView status(UUID id) {
        ImportJob j = visible(id);
        return JobView.of(j, read(j.errors), null, j.totalRows - j.errorRows);
    }

    /** The creator and the tenant administrator see a job; to anyone else it does not exist. */
    public ImportJob visible(UUID id) {
        ImportJob j = ImportJob.findById(id);
        if (j == null || !(scope.all() || j.createdBy.equals(scope.actor()))) {
            throw ProblemException.notFound("No import job " + id + " of yours.");
        }
        return j;
    }

    /** ID numbers already registered in the tenant, by blind index, loaded once per file. */
    Predicate<String> taken() {
        Set<ByteBuffer> known = new HashSet<>();
        Resident.getEntityManager().createQuery("select r.idCardIndex from Resident r where r.idCardIndex is not null",
                byte[].class).getResultStream().forEach(b -> known.add(ByteBuffer.wrap(b)));
        String t = tenant.require();
        return idCard -> known.contains(ByteBuffer.wrap(cipher.index(t, PersonalData.ID_CARD, idCard)));
    }

    private ResidentView masked(ResidentDraft d) {
        return new ResidentView(null, d.name(), d.gender(), d.birthYear(), d.idCard() == null ? null : IdCardNumber.mask(d.idCard()),
                d.phone() == null ? null : MobileNumber.mask(d.phone()), grids.code(d.gridId()), d.householdCode(), d.tags());
    }

    String write(List<RowError> errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<RowError> read(String errors) {
        try {
            return json.readValue(errors, new TypeReference<List<RowError>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
