package io.github.jiracloud.app;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.auth.TokenStore;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A developer who exported their site's variables (as the README says) still runs the tests against the emulator:
 * app/pom.xml exports decoys of every connection variable to the tests, and nothing of them reaches the component.
 */
@QuarkusTest
class TestProfileIsolationTest {

    static final String DECOY_SITE = "decoy-must-not-be-called.atlassian.net";

    @Inject
    @Named("jira")
    JiraComponent jira;

    @Inject
    EmbeddedEmulator embedded;

    @Inject
    TokenStore tokens;

    @Inject
    @Named("clusterService")
    CamelClusterService clusterService;

    @Test
    void exportedJiraVariablesAreIgnoredAndTheEmulatorServes() {
        assertThat(System.getenv("JIRA_SITE")).as("the decoys are exported (app/pom.xml)").isEqualTo(DECOY_SITE);
        assertThat(System.getenv("JIRA_API_TOKEN")).isNotBlank();
        assertThat(System.getenv("JIRA_CLIENT_SECRET")).isNotBlank();

        assertThat(embedded.emulator()).as("the emulator stands in").isNotNull();
        assertThat(jira.getConnectionOptions().getSite()).isEqualTo(embedded.emulator().baseUrl());
        assertThat(jira.getConnectionOptions().getAuth()).isEqualTo("basic");
        assertThat(jira.getConnectionOptions().getApiToken()).isNotEqualTo(System.getenv("JIRA_API_TOKEN"));
        assertThat(jira.getConnectionOptions().getClientSecret()).isNull();
        assertThat(jira.getConnectionOptions().getRefreshToken()).isNull();
        assertThat(jira.getConnections().values()).allSatisfy(connection -> {
            assertThat(connection.getSite()).isNotEqualTo(DECOY_SITE);
            assertThat(connection.getClientSecret()).isNotEqualTo(System.getenv("JIRA_CLIENT_SECRET"));
        });
    }

    @Test
    void anExportedClusterServiceIsIgnoredAndTokensStayInMemory() {
        assertThat(System.getenv("CLUSTER_SERVICE")).as("the decoy is exported (app/pom.xml)").isEqualTo("kubernetes");

        assertThat(clusterService).as("no Kubernetes API is called").isInstanceOf(FileLockClusterService.class);
        assertThat(ClientProxy.unwrap(tokens)).as("no token file is written").isInstanceOf(InMemoryTokenStore.class);
    }
}
