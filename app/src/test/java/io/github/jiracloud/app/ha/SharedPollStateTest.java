package io.github.jiracloud.app.ha;

import java.util.Map;

import io.github.jiracloud.camel.JiraComponent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The prod setting that makes every poller keep its position in the cluster's shared store really binds it. */
@QuarkusTest
@TestProfile(SharedPollStateTest.SharedState.class)
class SharedPollStateTest {

    @Inject
    CamelContext camel;

    @Test
    void theJiraComponentUsesTheClustersPollState() {
        JiraComponent jira = camel.getComponent("jira", JiraComponent.class);

        assertThat(jira.getConfiguration().getStateRepository())
                .as("outside Kubernetes the shared store is a file beside the lock files")
                .isInstanceOf(FileStateRepository.class)
                .isSameAs(camel.getRegistry().lookupByName("jiraPollState"));
    }

    /** The prod line of application.properties, in the test profile's file cluster. */
    public static class SharedState implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("camel.component.jira.state-repository", "#jiraPollState");
        }
    }
}
