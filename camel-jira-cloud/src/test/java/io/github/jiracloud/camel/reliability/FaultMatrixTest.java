package io.github.jiracloud.camel.reliability;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;
import io.github.jiracloud.camel.error.JiraRateLimitException;
import io.github.jiracloud.camel.error.JiraServerException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of mixed exchanges (create, get, comment, search, update, transition) per kind of failure, through a route
 * with a dead-letter channel. For each: every exchange either completes or reaches the error handler with a typed
 * {@link JiraException} (none is dropped), no create or comment is made twice (counted in the emulator by idempotency
 * key), and reads are retried within the policy.
 */
class FaultMatrixTest {

    private static final String API = "/rest/api/3/";
    private static final String PROXY_PAGE = "<html><head><title>502</title></head><body><h1>Bad Gateway</h1>"
            + "<p>The proxy server received an invalid response.</p></body></html>";

    /**
     * How a run should end: every exchange done, or some or all in the error handler with this exception type, or
     * done except for creates whose answer was lost before Jira handled them, which search can't confirm: those are
     * reported as outcome unknown, never sent twice.
     */
    private record Expect(boolean everyOneDone, boolean noneDone, boolean someMayFail,
            Class<? extends JiraException> failure) {

        static Expect allDone() {
            return new Expect(true, false, false, null);
        }

        static Expect doneOrOutcomeUnknown() {
            return new Expect(false, false, true, JiraOutcomeUnknownException.class);
        }

        static Expect someFail(Class<? extends JiraException> failure) {
            return new Expect(false, false, false, failure);
        }

        static Expect allFail(Class<? extends JiraException> failure) {
            return new Expect(false, true, false, failure);
        }
    }

    /**
     * @param emulator settings of the scenario's own emulator (clock, token lifetime)
     * @param faults armed before the run
     * @param midway done after half the exchanges (a clock jump, a restart)
     */
    private record Scenario(String name, Connections connection, String options, boolean realSleeper,
            UnaryOperator<JiraEmulator.Builder> emulator, Consumer<FaultRun> faults,
            Consumer<FaultRun> midway, Expect expect, Consumer<FaultRun> then) {

        /** A burst of the fault for each kind of call at the start, and again halfway: all must ride them out. */
        static Scenario bursts(String name, Supplier<Fault.Builder> fault) {
            return of(name, run -> run.burst(fault), Expect.allDone()).midway(run -> run.burst(fault));
        }

        /** Bursts of a fault that loses requests before Jira handles them: creates end as outcome unknown. */
        static Scenario burstsLosingCreates(String name, Supplier<Fault.Builder> fault) {
            return of(name, run -> run.burst(fault), Expect.doneOrOutcomeUnknown()).midway(run -> run.burst(fault));
        }

        static Scenario of(String name, Consumer<FaultRun> faults, Expect expect) {
            return new Scenario(name, Connections.BASIC, "", false, builder -> builder, faults, run -> {
            }, expect, run -> assertThat(run.retries()).as("retries").isPositive());
        }

        Scenario over(Connections how) {
            return new Scenario(name, how, options, realSleeper, emulator, faults, midway, expect, then);
        }

        Scenario withOptions(String more) {
            return new Scenario(name, connection, more, realSleeper, emulator, faults, midway, expect, then);
        }

        Scenario sleepingForReal() {
            return new Scenario(name, connection, options, true, emulator, faults, midway, expect, then);
        }

        Scenario withEmulator(UnaryOperator<JiraEmulator.Builder> settings) {
            return new Scenario(name, connection, options, realSleeper, settings, faults, midway, expect, then);
        }

        Scenario midway(Consumer<FaultRun> action) {
            return new Scenario(name, connection, options, realSleeper, emulator, faults, action, expect, then);
        }

        /** What else the run must show, instead of "the component retried". */
        Scenario then(Consumer<FaultRun> check) {
            return new Scenario(name, connection, options, realSleeper, emulator, faults, midway, expect, check);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                Scenario.of("429 storm, longer than the policy", run -> run.inject(Fault.builder().pathRegex(API)
                        .times(4 * 4).respond(429, "{\"errorMessages\":[\"Rate limit exceeded.\"],\"errors\":{}}",
                                "Retry-After", "1")),
                        Expect.someFail(JiraRateLimitException.class)),
                Scenario.bursts("503 with Retry-After", () -> Fault.builder()
                        .respond(503, "{\"errorMessages\":[\"Unavailable\"],\"errors\":{}}", "Retry-After", "1")),
                Scenario.bursts("503 without Retry-After", () -> Fault.builder().respond(503, "")),
                Scenario.burstsLosingCreates("connection reset mid-request", () -> Fault.builder().dropConnection()),
                Scenario.bursts("connection reset after the request was handled",
                        () -> Fault.builder().dropResponseAfterCommit()),
                Scenario.of("transition answers lost, after and before it happened", run -> {
                    run.inject(Fault.builder().method("POST").pathRegex("/transitions$").dropResponseAfterCommit());
                    run.inject(Fault.builder().method("POST").pathRegex("/transitions$").dropConnection());
                }, Expect.allDone()).then(run -> {
                    assertThat(run.requests("POST", "/transitions")).as("sent again only when not done").isEqualTo(3);
                    assertThat(run.workIssueStatus()).isEqualTo("Done");
                }),
                Scenario.of("answer slower than responseTimeout", run -> {
                    run.inject(Fault.builder().method("GET").pathRegex(API).times(2).delay(Duration.ofMillis(1500)));
                    run.inject(Fault.builder().method("POST").pathRegex("/(issue|comment)$").times(2)
                            .delay(Duration.ofMillis(1500)).afterCommit());
                }, Expect.allDone()).withOptions("responseTimeout=600"),
                Scenario.burstsLosingCreates("HTML error page from a proxy (502)", () -> Fault.builder()
                        .respond(502, PROXY_PAGE, "Content-Type", "text/html")),
                Scenario.bursts("200 with an empty body", () -> Fault.builder().emptyBody()),
                Scenario.bursts("200 with a truncated body", () -> Fault.builder().truncatedBody()),
                Scenario.of("token endpoint down, then back", run -> run.inject(Fault.builder()
                        .pathRegex("/oauth/token$").times(3).respond(503, "")), Expect.allDone())
                        .over(Connections.OAUTH2),
                Scenario.of("token endpoint stays down", run -> run.inject(Fault.builder()
                        .pathRegex("/oauth/token$").always().respond(503, "")),
                        Expect.allFail(JiraServerException.class)).over(Connections.OAUTH2),
                Scenario.of("access token expires mid-run", run -> {
                }, Expect.allDone()).over(Connections.OAUTH2)
                        .withEmulator(builder -> builder.accessTokenLifetime(Duration.ofMinutes(2)))
                        .midway(run -> run.clock().advance(Duration.ofMinutes(3)))
                        .then(run -> assertThat(run.requests("POST", "/oauth/token")).as("token grants")
                                .isEqualTo(2)),
                Scenario.of("emulator restart", run -> {
                }, Expect.doneOrOutcomeUnknown()).sleepingForReal()
                        .withOptions("maxRetries=8&retryInitialDelay=50&retryMaxDelay=1000"
                                + "&lostAnswerLookupWindow=1000")
                        .midway(FaultRun::restartEmulatorInTheBackground));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyExchangeIsAccountedForAndNoWriteIsDuplicated(Scenario scenario) throws Exception {
        try (FaultRun run = new FaultRun(scenario.emulator(), scenario.connection(), scenario.options(),
                scenario.realSleeper())) {
            scenario.faults().accept(run);

            FaultRun.Tally tally = run.exchanges(12, () -> scenario.midway().accept(run));

            System.out.println("FAULT-MATRIX " + scenario.name() + ": " + tally);
            assertThat(tally.done() + tally.failed().size()).as("exchanges accounted for").isEqualTo(tally.sent());
            assertThat(tally.duplicates()).as("issues or comments made twice").isZero();
            assertThat(tally.writesOfDoneExchanges()).as("done creates each made exactly one").isTrue();
            assertThat(tally.readsPerGet()).as("GET attempts per issue/get").isLessThanOrEqualTo(run.maxRetries() + 1);
            Expect expect = scenario.expect();
            if (expect.everyOneDone()) {
                assertThat(tally.failed()).as("failed exchanges").isEmpty();
            } else if (expect.someMayFail()) {
                assertThat(tally.failed()).allSatisfy(failure -> assertThat(failure)
                        .isInstanceOfSatisfying(JiraOutcomeUnknownException.class,
                                unknown -> assertThat(unknown.getIdempotencyKey()).startsWith("create-")));
            } else {
                assertThat(tally.failed()).isNotEmpty().allSatisfy(failure -> assertThat(failure)
                        .isInstanceOf(expect.failure()));
                if (expect.noneDone()) {
                    assertThat(tally.done()).isZero();
                    assertThat(tally.writes()).as("nothing written").isZero();
                }
            }
            scenario.then().accept(run);
            assertThat(run.emulator().validationErrors()).isEmpty();
        }
    }
}
