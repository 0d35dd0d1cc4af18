package io.github.jiracloud.camel.auth;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kill -9 while refreshing: a separate JVM ({@link RefreshLoop}) rotates the refresh token in a loop and is killed at
 * random moments; after every kill a fresh provider on the same {@link FileTokenStore} must refresh. The kills land
 * before the first refresh, after a save, inside a save, and between the token endpoint's answer and the save; the
 * last two leave the store one rotation behind, which Atlassian's reuse leeway (10 minutes) still accepts.
 *
 * <p>{@code -Djira.crashTest.kills=500} runs a longer variant; {@code -Djira.crashTest.seed=...} repeats a run.
 */
class RefreshTokenCrashTest {

    private static final int KILLS = Integer.getInteger("jira.crashTest.kills", 30);
    private static final long SEED = Long.getLong("jira.crashTest.seed", 4_2026L);
    /** Kills come 0..this many ms after the child is ready: its first refresh, then ~ a hundred more. */
    private static final int MAX_KILL_DELAY_MILLIS = 150;

    private final HttpClient http = HttpClient.newHttpClient();
    private JiraEmulator emulator;

    @TempDir
    Path tokenDirectory;

    @BeforeEach
    void start() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aRefresherKilledAtAnyMomentNeverLosesTheRefreshToken() throws Exception {
        FileTokenStore store = new FileTokenStore(tokenDirectory);
        store.save(EmulatorTokens.CONNECTION, new StoredToken(
                emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, EmulatorTokens.SCOPES), EmulatorTokens.SCOPES,
                Instant.now()));
        Random random = new Random(SEED);
        Outcomes outcomes = new Outcomes();

        for (int kill = 1; kill <= KILLS; kill++) {
            Set<Path> tempFilesBefore = tempFiles();
            emulator.clearRequests();
            Process refresher = startRefresher();
            Thread.sleep(random.nextInt(MAX_KILL_DELAY_MILLIS));
            refresher.destroyForcibly();
            assertThat(refresher.waitFor(30, TimeUnit.SECONDS)).isTrue();
            awaitEmulatorQuiet();

            String where = "kill " + kill + " of " + KILLS + " (seed " + SEED + ")";
            StoredToken stored = new FileTokenStore(tokenDirectory).load(EmulatorTokens.CONNECTION).orElse(null);
            assertThat(stored).as(where + ": the store must still hold a token").isNotNull();
            assertThat(stored.refreshToken()).as(where).isNotBlank();
            List<String> presented = refreshTokensPresented();
            boolean tempFileLeft = !tempFilesBefore.containsAll(tempFiles());
            assertThat(tempFiles()).as(where + ": a save removes the temporary files that killed saves left")
                    .hasSizeLessThanOrEqualTo(1);
            outcomes.count(presented, stored.refreshToken(), tempFileLeft);

            String accessToken = EmulatorTokens.refreshing(emulator.baseUrl(), new FileTokenStore(tokenDirectory))
                    .accessToken();
            assertThat(accessTokenWorks(accessToken)).as(where + ": the recovered access token must work").isTrue();
            assertThat(new FileTokenStore(tokenDirectory).load(EmulatorTokens.CONNECTION).orElseThrow().refreshToken())
                    .as(where + ": the recovery's rotation must be saved").isNotEqualTo(stored.refreshToken());
        }

        System.out.println("RefreshTokenCrashTest: " + outcomes + " (seed " + SEED + ")");
        assertThat(outcomes.recovered()).isEqualTo(KILLS);
        // The dangerous window must have been hit, or the test proved nothing about it.
        assertThat(outcomes.rotatedButUnsaved).as(outcomes.toString()).isPositive();
        assertThat(outcomes.afterSave).as(outcomes.toString()).isPositive();
        assertThat(outcomes.insideSave).as(outcomes.toString()).isPositive();
    }

    private Process startRefresher() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), RefreshLoop.class.getName(), emulator.baseUrl(),
                tokenDirectory.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = output.readLine();
        assertThat(line).as("the refresher JVM did not start; exit code %s",
                process.isAlive() ? "(still running)" : process.exitValue()).isEqualTo("READY");
        return process;
    }

    /** The dead JVM's last request may still be in the emulator's hands: wait until nothing more arrives. */
    private void awaitEmulatorQuiet() {
        AtomicInteger seen = new AtomicInteger(-1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> seen.getAndSet(emulator.requests().size()) == emulator.requests().size());
    }

    /** The refresh tokens the killed JVM traded successfully, oldest first. */
    private List<String> refreshTokensPresented() {
        return emulator.requests().stream()
                .filter(request -> request.path().equals("/oauth/token") && request.status() == 200)
                .map(RecordedRequest::body)
                .map(RefreshTokenCrashTest::refreshTokenOf)
                .toList();
    }

    private static String refreshTokenOf(String body) {
        try {
            return JsonCodec.readTree(body.getBytes(StandardCharsets.UTF_8)).path("refresh_token").asText();
        } catch (IOException e) {
            throw new AssertionError("the token request is not JSON", e);
        }
    }

    private boolean accessTokenWorks(String accessToken) throws IOException, InterruptedException {
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(
                URI.create(emulator.baseUrl() + "/oauth/token/accessible-resources"))
                .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.discarding());
        return answer.statusCode() == 200;
    }

    private Set<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(tokenDirectory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).collect(Collectors.toSet());
        }
    }

    /** Where each kill landed, judged from the emulator's log and the store afterwards. */
    private static final class Outcomes {
        int beforeFirstRefresh;
        int afterSave;
        int rotatedButUnsaved;
        int insideSave;
        int rotations;

        void count(List<String> presented, String stored, boolean tempFileLeft) {
            rotations += presented.size();
            if (presented.isEmpty()) {
                beforeFirstRefresh++;
            } else if (presented.contains(stored)) {
                // The endpoint rotated the stored token, but the new one never reached the store.
                rotatedButUnsaved++;
                if (tempFileLeft) {
                    insideSave++;
                }
            } else {
                afterSave++;
            }
        }

        int recovered() {
            return beforeFirstRefresh + afterSave + rotatedButUnsaved;
        }

        @Override
        public String toString() {
            return recovered() + " kills, all recovered: " + beforeFirstRefresh + " before the first refresh, "
                    + afterSave + " with the newest token saved, " + rotatedButUnsaved + " between the endpoint's "
                    + "answer and the end of the save (" + insideSave + " of them inside the save, leaving a "
                    + "temporary file); " + rotations + " rotations in all";
        }
    }
}
