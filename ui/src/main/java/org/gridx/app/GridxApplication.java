package org.gridx.app;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.onboarding.service.TenantOnboarding;

/** Runs what the command line asked for once the platform is up. */
public class GridxApplication implements QuarkusApplication {

    @Override
    public int run(String... args) {
        if (Commands.isServe(args)) {
            welcome();
            Quarkus.waitForExit();
            return 0;
        }
        if (Commands.IMPORT.equals(args[0]) || Commands.VALIDATE.equals(args[0])) {
            return OnboardingCommand.run(Arc.container().instance(TenantOnboarding.class).get(), System.out, System.err, args);
        }
        System.err.println("unknown command '" + args[0] + "'; use: serve | import <dir> [--dry-run] "
                + "[--force] [--initial-password X] | validate <dir>");
        return 2;
    }

    /** On the single-machine run: load the demo street unless GRIDX_DEMO=false, then say where to go. */
    private static void welcome() {
        Config config = ConfigProvider.getConfig();
        if (!config.getOptionalValue("gridx.local-run", Boolean.class).orElse(false)) {
            return;
        }
        long startup = ManagementFactory.getRuntimeMXBean().getUptime();
        Path dataDir = Path.of(config.getValue("gridx.data-dir", String.class));
        DemoTenant.Loaded demo = config.getOptionalValue("gridx.demo", Boolean.class).orElse(true)
                ? DemoTenant.load(Arc.container().instance(TenantOnboarding.class).get(),
                        Arc.container().instance(TenantContext.class).get(), dataDir)
                : null;
        String url = "http://localhost:" + config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        Welcome.print(System.out, url, dataDir, demo, startup);
        if (demo != null && config.getOptionalValue("gridx.demo.year", Boolean.class).orElse(true)
                && config.getOptionalValue("gridx.demo.enabled", Boolean.class).orElse(false)) {
            DemoYear.start(System.out);
        }
    }
}
