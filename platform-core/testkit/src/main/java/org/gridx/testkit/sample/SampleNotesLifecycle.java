package org.gridx.testkit.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridx.api.module.ModuleLifecycle;
import org.gridx.api.module.ModuleSettings;
import org.gridx.api.problem.ProblemException;

/**
 * The sample module's hooks. They record each call (and whether it ran inside a transaction) for tests;
 * enabling with max-title-length 199 is refused on purpose, so tests can see a failing hook leave the
 * module as it was. Seeding adds one welcome note, once.
 */
@ApplicationScoped
public class SampleNotesLifecycle implements ModuleLifecycle {

    public static final long REFUSED_MAX_TITLE = 199;
    public static final String WELCOME = "欢迎使用便签";

    /** One hook call: which hook, for which tenant, and whether a transaction was active. */
    public record Call(String hook, String tenantId, boolean inTransaction) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public void onEnable(String tenantId, ModuleSettings settings) {
        record("enable", tenantId);
        if (settings.integer(SampleNotesModule.MAX_TITLE) == REFUSED_MAX_TITLE) {
            throw ProblemException.conflict("sample-notes refuses max-title-length " + REFUSED_MAX_TITLE + " (test switch)");
        }
    }

    @Override
    public void onDisable(String tenantId) {
        record("disable", tenantId);
    }

    @Override
    public void seed(String tenantId, ModuleSettings settings) {
        record("seed", tenantId);
        if (SampleNote.count("title", WELCOME) == 0) {
            SampleNote note = new SampleNote();
            note.title = WELCOME;
            note.persist();
        }
    }

    private void record(String hook, String tenantId) {
        calls.add(new Call(hook, tenantId, transactions.getTransactionKey() != null));
    }

    public List<Call> calls(String tenantId) {
        return calls.stream().filter(c -> c.tenantId().equals(tenantId)).toList();
    }
}
