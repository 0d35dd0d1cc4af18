package io.github.jiracloud.app.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.github.jiracloud.app.failed.FailedExchanges;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Role in kubernetes/ lets the pods read and write exactly the ConfigMaps of the bundle's stores, by name, with
 * the shard counts application.properties configures; it lets them list and delete none.
 */
@QuarkusTest
class StoreRoleTest {

    private static final Path ROLE = Path.of("..", "kubernetes", "role.yaml");

    @Inject
    FailedExchanges failedExchanges;

    @Inject
    RecordStores recordStores;

    @Inject
    StoreSettings settings;

    @Test
    void theRoleNamesEveryShardOfTheStoresAndAllowsNoListingOrDeleting() throws Exception {
        Role role = Serialization.unmarshal(Files.readString(ROLE), Role.class);
        List<String> documents = new ArrayList<>();
        failedExchanges.shardNames().forEach(documents::add);
        recordStores.named("webhooks").shardNames().forEach(documents::add);
        recordStores.named("mirror").shardNames().forEach(documents::add);
        List<String> configMaps = documents.stream()
                .map(name -> settings.kubernetes().prefix() + "-" + ExpiringRecords.KIND + "-" + name).toList();

        List<PolicyRule> configMapRules = role.getRules().stream()
                .filter(rule -> rule.getResources().contains("configmaps")).toList();
        assertThat(configMapRules).anySatisfy(rule -> {
            assertThat(rule.getResourceNames()).containsAll(configMaps).contains("jira-route-bundle-poll-state");
            assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "update");
        });
        assertThat(configMapRules).flatExtracting(PolicyRule::getVerbs).doesNotContain("list", "delete", "watch",
                "patch", "*");
        assertThat(configMapRules).filteredOn(rule -> rule.getResourceNames() == null
                || rule.getResourceNames().isEmpty()).allSatisfy(rule -> assertThat(rule.getVerbs())
                        .containsExactly("create"));
    }
}
