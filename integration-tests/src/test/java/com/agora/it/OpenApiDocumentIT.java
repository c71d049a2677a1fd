package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document as integrators' tools read it: Stoplight Spectral's standard ruleset (spectral:oas) finds
 * nothing to report in it, apart from the root "endpoints" list that Payara adds on its own and that cannot be
 * switched off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    @Test
    void spectralFindsNoErrorAndNoWarningInTheOpenApiDocument() throws Exception {
        ApiClient.Reply document = ApiClient.as("integrator", "integrator123").get("/openapi");
        assertEquals(200, document.status(), document.body());
        Path work = Files.createTempDirectory("agora-openapi");
        Path openapi = Files.writeString(work.resolve("openapi.json"), document.body());
        Path rules = Files.writeString(work.resolve(".spectral.yaml"), "extends: [\"spectral:oas\"]\n");

        List<String> findings = spectral(openapi, rules).stream()
                .filter(finding -> !finding.equals("oas3-schema at endpoints: Property \"endpoints\" is not expected"
                        + " to be here."))
                .toList();

        assertEquals(List.of(), findings);
    }

    /** Every error and warning Spectral reports, as "rule at path: message". */
    private static List<String> spectral(Path openapi, Path rules) throws IOException, InterruptedException {
        Path spectral = Path.of(System.getProperty("agora.checks.dir"), "node_modules", ".bin", "spectral");
        Process run = new ProcessBuilder(spectral.toString(), "lint", openapi.toString(), "-r", rules.toString(),
                "-f", "json", "--quiet").redirectErrorStream(false).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!run.waitFor(2, TimeUnit.MINUTES)) {
            run.destroyForcibly();
            throw new IllegalStateException("spectral did not finish");
        }
        try (JsonReader reader = Json.createReader(new StringReader(out.isBlank() ? "[]" : out))) {
            return reader.readArray().stream().map(JsonObject.class::cast)
                    // Severity 0 is an error, 1 a warning; hints and infos do not count.
                    .filter(finding -> finding.getInt("severity") <= 1)
                    .map(finding -> finding.getString("code") + " at " + String.join(".", finding.getJsonArray("path")
                            .stream().map(p -> p.toString().replace("\"", "")).toList()) + ": "
                            + finding.getString("message"))
                    .toList();
        }
    }
}
