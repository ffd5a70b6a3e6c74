package org.gridx.core.modules.service;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridx.api.module.GridxModule;
import org.gridx.api.module.ModuleManifest;

/**
 * Every "+X" module present in this build. (Startup validation of the manifests lives here too.)
 */
@ApplicationScoped
public class ModuleRegistry {

    @Inject
    @All
    List<GridxModule> modules;

    public List<GridxModule> all() {
        return modules.stream().sorted(Comparator.comparing(m -> m.manifest().id())).toList();
    }

    public Optional<GridxModule> find(String id) {
        return modules.stream().filter(m -> m.manifest().id().equals(id)).findFirst();
    }

    public Optional<ModuleManifest> manifest(String id) {
        return find(id).map(GridxModule::manifest);
    }
}
