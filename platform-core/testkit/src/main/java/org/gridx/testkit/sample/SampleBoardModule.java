package org.gridx.testkit.sample;

import jakarta.enterprise.context.ApplicationScoped;
import org.gridx.api.module.GridxModule;
import org.gridx.api.module.ModuleManifest;

/** A test-only module that requires {@code sample-notes}, so the requirement rules have something to bite on. */
@ApplicationScoped
public class SampleBoardModule implements GridxModule {

    public static final String ID = "sample-board";

    private static final ModuleManifest MANIFEST = ModuleManifest.builder(ID)
            .version("0.1.0")
            .name("示例看板", "Sample board")
            .requires(SampleNotesModule.ID)
            .changelog("db/changelog/" + ID + "/changelog.sql")
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
