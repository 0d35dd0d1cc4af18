package io.github.jiracloud.camel.test.quarkus;

import java.util.Map;

import io.github.jiracloud.camel.test.EmulatorConnection;
import io.github.jiracloud.camel.test.InjectJiraEmulator;
import io.github.jiracloud.emulator.JiraEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a Jira Cloud emulator before a {@code @QuarkusTest} application and points its {@code jira} component at
 * it through configuration: {@code camel.component.jira.site}, {@code .email}, {@code .api-token} and
 * {@code .allowed-hosts}.
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(JiraEmulatorTestResource.class)
 * class OpenIncidentTest {
 *
 *     @InjectJiraEmulator
 *     JiraEmulator jira;
 *     ...
 * }
 * }</pre>
 *
 * Arguments ({@code @ResourceArg}): {@code seed} ({@code true}: the demo projects and issues) and {@code prefix}
 * ({@code camel.component.jira.}; an application that configures its component from its own properties names their
 * prefix, e.g. {@code jira.}).
 */
public class JiraEmulatorTestResource implements QuarkusTestResourceLifecycleManager {

    private boolean seed = true;
    private String prefix = "camel.component.jira.";
    private JiraEmulator emulator;

    @Override
    public void init(Map<String, String> args) {
        seed = Boolean.parseBoolean(args.getOrDefault("seed", "true"));
        prefix = args.getOrDefault("prefix", prefix);
    }

    @Override
    public Map<String, String> start() {
        emulator = JiraEmulator.builder().port(0).seedDemoData(seed).build().start();
        return EmulatorConnection.basic(emulator).properties(prefix);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(emulator,
                new TestInjector.AnnotatedAndMatchesType(InjectJiraEmulator.class, JiraEmulator.class));
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
