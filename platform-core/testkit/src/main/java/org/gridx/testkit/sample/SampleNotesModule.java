package org.gridx.testkit.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.api.identity.Role;
import org.gridx.api.module.GridxModule;
import org.gridx.api.module.ModuleLifecycle;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.NavEntry;
import org.gridx.api.module.PermissionDef;
import org.gridx.api.module.SettingDef;

/**
 * A test-only "+X" module with one table, a setting, a permission, a menu entry and an event observer:
 * the smallest module that exercises every part of the SPI. Depends on {@code org.gridx.api} only.
 */
@ApplicationScoped
public class SampleNotesModule implements GridxModule {

    public static final String ID = "sample-notes";
    public static final String MAX_TITLE = "max-title-length";
    public static final String WRITE = ID + ".write";

    private static final ModuleManifest MANIFEST = ModuleManifest.builder(ID)
            .version("1.0.0")
            .name("示例便签", "Sample notes")
            .description("测试用模块", "A module that exists only for tests")
            .settings(SettingDef.integer(MAX_TITLE, 80, 10, 200, "标题最大长度", "Maximum title length"))
            .permissions(PermissionDef.of(WRITE, "编写便签", "Write notes", Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST))
            .navigation(NavEntry.of("便签", "Notes", ID + "/notes", 100))
            .changelog("db/changelog/" + ID + "/changelog.xml")
            .build();

    @Inject
    SampleNotesLifecycle lifecycle;

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }

    @Override
    public ModuleLifecycle lifecycle() {
        return lifecycle;
    }
}
