package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.newsflow.localstack.kafka.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone entry point, run as a user would run it: in a JVM of its own. */
class LocalStackMainTest {

    @TempDir
    Path workDirectory;

    @Test
    void shouldPrintBothAddressesOnStandardOutputAndStopCleanlyOnSigterm() throws Exception {
        int brokerPort = FreePorts.pick();
        int registryPort = FreePorts.pick();
        Process stack = launch("--broker-port", String.valueOf(brokerPort), "--registry-port", String.valueOf(registryPort),
                "--data-dir", workDirectory.resolve("data").toString());
        try {
            List<String> announced = firstLines(stack, 2).get(120, TimeUnit.SECONDS);
            HttpResponse<String> registry = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + registryPort + "/subjects")).build(),
                    HttpResponse.BodyHandlers.ofString());

            stack.destroy();
            boolean exited = stack.waitFor(60, TimeUnit.SECONDS);

            assertThat(announced).containsExactly("bootstrap: localhost:" + brokerPort, "registry: http://localhost:" + registryPort);
            assertThat(registry.statusCode()).isEqualTo(200);
            assertThat(exited).isTrue();
            assertThat(stack.exitValue()).isEqualTo(143);
            assertThat(workDirectory.resolve("data/kafka/meta.properties")).exists();
        } finally {
            stack.destroyForcibly();
        }
    }

    @Test
    void shouldExitWithCode2AndNameTheFlagWhenAFlagIsWrong() throws Exception {
        Process stack = launch("--broker-port", "ni-tusen");

        boolean exited = stack.waitFor(60, TimeUnit.SECONDS);

        assertThat(exited).isTrue();
        assertThat(stack.exitValue()).isEqualTo(2);
        assertThat(Files.readString(workDirectory.resolve("stderr.txt"))).contains("--broker-port must be a port number, was 'ni-tusen'");
    }

    private Process launch(String... flags) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dlogback.configurationFile=" + LocalStackLogging.CONFIGURATION,
                "-cp", System.getProperty("java.class.path"),
                LocalStackMain.class.getName()));
        command.addAll(List.of(flags));
        return new ProcessBuilder(command).redirectError(workDirectory.resolve("stderr.txt").toFile()).start();
    }

    private static CompletableFuture<List<String>> firstLines(Process process, int count) {
        return CompletableFuture.supplyAsync(() -> {
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            try {
                String line;
                while (lines.size() < count && (line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return lines;
        });
    }
}
