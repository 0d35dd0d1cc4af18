package io.github.jiracloud.camel.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import io.github.jiracloud.emulator.EmulatorControls;
import io.github.jiracloud.emulator.EmulatorData;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Jira Cloud emulator for the tests of a class, and the {@code jira} component of their Camel context pointed at
 * it.
 *
 * <pre>{@code
 * class OpenIncidentTest extends CamelTestSupport {
 *
 *     @RegisterExtension
 *     static JiraEmulatorExtension jira = JiraEmulatorExtension.seeded();
 *
 *     @Override
 *     protected void bindToRegistry(Registry registry) {
 *         jira.bindTo(registry);   // the jira component connects to the emulator
 *     }
 *     ...
 *     assertThat(jira.data().issueCount("OPS")).isEqualTo(4);
 * }
 * }</pre>
 *
 * As a static field the emulator serves every test of the class and stops after the last; as an instance field each
 * test gets a fresh one. After each test the faults and rate limit set through {@link #controls()} are cleared, and
 * so are the recorded requests and spec violations, so that each test asserts only on its own; the data stays, and so
 * does a search lag set through the controls (set it in {@link #with} for the class, or back in the test).
 */
public final class JiraEmulatorExtension
        implements
            BeforeAllCallback,
            BeforeEachCallback,
            AfterEachCallback,
            AfterAllCallback {

    /** The name of the component the kit configures. */
    public static final String COMPONENT = "jira";

    private final Consumer<JiraEmulator.Builder> settings;
    private JiraEmulator emulator;
    private boolean perClass;
    private EmulatorConnection connection;

    private JiraEmulatorExtension(Consumer<JiraEmulator.Builder> settings) {
        this.settings = settings;
    }

    /** An emulator with the demo projects OPS and DEV, their issues, board 1 and its sprints. */
    public static JiraEmulatorExtension seeded() {
        return new JiraEmulatorExtension(builder -> builder.seedDemoData(true));
    }

    /** An emulator with the site's configuration, users and projects, but no issues. */
    public static JiraEmulatorExtension empty() {
        return new JiraEmulatorExtension(builder -> builder.seedDemoData(false));
    }

    /** An emulator built with these settings (e.g. a clock the test moves, another site); seeded unless told. */
    public static JiraEmulatorExtension with(Consumer<JiraEmulator.Builder> settings) {
        return new JiraEmulatorExtension(Objects.requireNonNull(settings));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        emulator();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perClass) {
            controls().clearFaults().clearRateLimit();
            emulator.clearRequests();
            emulator.clearValidationErrors();
        } else {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The running emulator, started on a free port of the loopback interface on first use. */
    public synchronized JiraEmulator emulator() {
        if (emulator == null) {
            JiraEmulator.Builder builder = JiraEmulator.builder().port(0);
            settings.accept(builder);
            emulator = builder.build().start();
        }
        return emulator;
    }

    /** The emulator's own controls: faults, rate limits, search lag, ... as the emulator offers them. */
    public EmulatorControls controls() {
        return emulator().controls();
    }

    /** The emulator's data, for assertions and for seeding without HTTP. */
    public EmulatorData data() {
        return emulator().data();
    }

    /** The requests the emulator received in this test, oldest first. */
    public List<RecordedRequest> requests() {
        return emulator().requests();
    }

    /** The requests of this test that broke Atlassian's OpenAPI spec (each was answered 400). */
    public List<String> validationErrors() {
        return emulator().validationErrors();
    }

    /** Basic auth as the demo account: the connection {@link #bindTo} and {@link #properties} use. */
    public synchronized EmulatorConnection connection() {
        if (connection == null) {
            connection = EmulatorConnection.basic(emulator());
        }
        return connection;
    }

    /** A new OAuth 2.0 connection as the demo app, granted the {@link EmulatorConnection#DEFAULT_SCOPES}. */
    public EmulatorConnection oauth2Connection() {
        return EmulatorConnection.oauth2(emulator(), EmulatorConnection.DEFAULT_SCOPES);
    }

    /**
     * Makes the {@code jira} component of the context that owns this registry connect to the emulator when it is
     * created, e.g. from {@code CamelTestSupport.bindToRegistry}.
     */
    public void bindTo(Registry registry) {
        registry.bind("jiraEmulatorConnection", connection().customizer());
    }

    /** Connects the {@code jira} component of a running or new context to the emulator. */
    public void configure(CamelContext camel) {
        connection().configure(camel);
    }

    /**
     * The connection as configuration properties, e.g. for a Spring Boot test:
     *
     * <pre>{@code
     * @DynamicPropertySource
     * static void jira(DynamicPropertyRegistry registry) {
     *     jira.properties().forEach((name, value) -> registry.add(name, () -> value));
     * }
     * }</pre>
     *
     * @return {@code camel.component.jira.site}, {@code .email}, {@code .api-token} and {@code .allowed-hosts}
     */
    public Map<String, String> properties() {
        return connection().properties("camel.component." + COMPONENT + ".");
    }

    private synchronized void close() {
        if (emulator != null) {
            emulator.close();
            emulator = null;
            connection = null;
        }
    }
}
