package io.github.jiracloud.emulator.jql;

import java.util.List;

/** A compiled WHERE clause: a test on one issue. */
sealed interface Condition permits Condition.AllOf, Condition.AnyOf, FieldCondition {

    boolean test(IssueView issue);

    record AllOf(List<Condition> conditions) implements Condition {
        @Override
        public boolean test(IssueView issue) {
            return conditions.stream().allMatch(condition -> condition.test(issue));
        }
    }

    record AnyOf(List<Condition> conditions) implements Condition {
        @Override
        public boolean test(IssueView issue) {
            return conditions.stream().anyMatch(condition -> condition.test(issue));
        }
    }
}
