package org.gridx.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridx.core.identity.domain.Account;

/** What the single-machine run prints once it is up: where to go and how to sign in. */
final class Welcome {

    private Welcome() {
    }

    static void print(PrintStream out, String baseUrl, Path dataDir, DemoTenant.Loaded demo, long startMillis) {
        out.println();
        out.println("GridX is running: " + baseUrl + "   (startup " + startMillis + " ms)");
        if (demo != null) {
            out.printf("Demo tenant 工业街道 (%s) %s in %d ms%n", DemoTenant.CODE, demo.report().outcome(),
                    demo.report().serverMillis());
            out.println("  sign in: " + baseUrl + "/t/" + DemoTenant.CODE + "/login   password for every demo account: "
                    + demo.password());
            for (Account a : demo.accounts()) {
                out.printf("    %-16s %-6s %s%n", a.username, a.displayName, String.join(", ", a.roles));
            }
        }
        out.println("  platform operator: " + baseUrl + "/operator/login   user 'operator', password "
                + operatorPassword(dataDir));
        out.println("  API: " + baseUrl + "/q/swagger-ui   health: " + baseUrl + "/q/health/ready");
        out.println();
    }

    private static String operatorPassword(Path dataDir) {
        Path file = dataDir.resolve("operator-password.txt");
        try {
            return Files.exists(file) ? "in " + file + ": " + Files.readString(file).trim() : "from GRIDX_OPERATOR_PASSWORD";
        } catch (IOException e) {
            return "in " + file;
        }
    }
}
