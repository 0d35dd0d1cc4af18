package io.github.jiracloud.app.flows;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** <prefix>.enabled=false keeps a flow from starting, as prod does for the timer and poller flows by default. */
@QuarkusTest
@TestProfile(FlowSwitchTest.SlaAndMirrorOff.class)
class FlowSwitchTest {

    /** Switches off two flows; the watcher is unset too, as in prod, and the route must still build. */
    public static class SlaAndMirrorOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sla.enabled", "false", "mirror.enabled", "false", "%test.sla.watcher", "");
        }
    }

    @Inject
    CamelContext camel;

    @Test
    void aSwitchedOffFlowIsLoadedButNotStarted() {
        assertThat(camel.getRouteController().getRouteStatus("sla-escalation")).isEqualTo(ServiceStatus.Stopped);
        assertThat(camel.getRouteController().getRouteStatus("cross-project-mirror")).isEqualTo(ServiceStatus.Stopped);
        assertThat(camel.getRouteController().getRouteStatus("incident-intake")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("dead-letter")).isEqualTo(ServiceStatus.Started);
    }
}
