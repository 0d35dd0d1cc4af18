package io.github.jiracloud.camel.scope;

import java.util.List;
import java.util.stream.Stream;

import io.github.jiracloud.camel.JiraOperation;
import io.github.jiracloud.camel.test.EmulatorConnection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test kit's OAuth connections ask for what an app that uses every action asks for, per the scope table (the kit
 * can't read the table itself: the component's tests depend on the kit).
 */
class TestKitScopesTest {

    @Test
    void theKitsDefaultScopesAreTheRecommendedOnesForEveryAction() {
        List<JiraOperation> all = List.of(JiraOperation.values());

        assertThat(EmulatorConnection.DEFAULT_SCOPES.split(" ")).containsExactlyInAnyOrderElementsOf(
                Stream.concat(ScopeCatalogue.bundled().recommended(all).stream(), Stream.of("offline_access"))
                        .toList());
    }
}
