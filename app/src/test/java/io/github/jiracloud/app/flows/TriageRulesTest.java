package io.github.jiracloud.app.flows;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The triage decisions on issues shaped as jira:issue/poll delivers them. */
class TriageRulesTest {

    private final TriageRules rules = new TriageRules(settings(Optional.empty()));

    @Test
    void theFirstKeywordInAlphabeticalOrderSetsThePriority() {
        Map<String, Object> update = rules.update(issue("Typo in the crash dialog", List.of()));

        assertThat(update).containsEntry("priority", "High").doesNotContainKey("assignee");
    }

    @Test
    void theFirstComponentWithAnOwnerSetsTheAssignee() {
        Map<String, Object> update = rules.update(issue("Slow page",
                List.of(Map.of("name", "Docs"), Map.of("name", "Connector"))));

        assertThat(update).containsEntry("priority", "Medium").containsEntry("assignee", "alice-id");
    }

    @Test
    void withoutAnOwnedComponentTheDefaultAssigneeIsUsed() {
        Map<String, Object> update = new TriageRules(settings(Optional.of("default-id")))
                .update(issue("Slow page", List.of(Map.of("name", "Docs"))));

        assertThat(update).containsEntry("assignee", "default-id");
    }

    private static Map<String, Object> issue(String summary, List<Object> components) {
        return Map.of("key", "DEV-1", "fields", Map.of("summary", summary, "components", components));
    }

    private static TriageSettings settings(Optional<String> defaultAssignee) {
        return new TriageSettings() {
            public boolean enabled() {
                return true;
            }

            public String project() {
                return "DEV";
            }

            public long delay() {
                return 1000;
            }

            public String transition() {
                return "Start Progress";
            }

            public Map<String, String> priorityKeywords() {
                return Map.of("typo", "Low", "crash", "High");
            }

            public String defaultPriority() {
                return "Medium";
            }

            public Map<String, String> componentOwners() {
                return Map.of("Connector", "alice-id");
            }

            public Optional<String> defaultAssignee() {
                return defaultAssignee;
            }
        };
    }
}
