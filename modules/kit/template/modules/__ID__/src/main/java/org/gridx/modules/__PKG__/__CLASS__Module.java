package org.gridx.modules.__PKG__;

import jakarta.enterprise.context.ApplicationScoped;
import org.gridx.api.identity.Role;
import org.gridx.api.module.GridxModule;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.NavEntry;
import org.gridx.api.module.PermissionDef;
import org.gridx.api.module.SettingDef;

/**
 * __NAME_ZH__ (__NAME_EN__): the module's declaration, read once by the core's registry at startup. Everything
 * a tenant administrator sees of the module (name, settings form, permissions, menu entry) comes from here.
 */
@ApplicationScoped
public class __CLASS__Module implements GridxModule {

    public static final String ID = "__ID__";
    /** A tenant setting: how many items one tenant may keep (an example of a typed, bounded setting). */
    public static final String MAX_ITEMS = "max-items";
    /** Who may create, change and delete items; enforced with @RolesAllowed on the resources. */
    public static final String MANAGE = ID + ".manage";

    public static final ModuleManifest MANIFEST = ModuleManifest.builder(ID)
            .version("0.1.0")
            .name("__NAME_ZH__", "__NAME_EN__")
            .settings(SettingDef.integer(MAX_ITEMS, 1000, 1, 100000, "条目上限", "Maximum number of items"))
            .permissions(PermissionDef.of(MANAGE, "管理条目", "Manage items", Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST))
            .navigation(NavEntry.of("__NAME_ZH__", "__NAME_EN__", ID, 500))
            .changelog("db/changelog/" + ID + "/changelog.xml")
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
