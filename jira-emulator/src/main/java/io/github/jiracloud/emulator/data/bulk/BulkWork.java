package io.github.jiracloud.emulator.data.bulk;

import java.util.List;

/** What a bulk task does to each of its issues. */
@FunctionalInterface
public interface BulkWork {

    /**
     * Applies the change to one issue.
     *
     * @return why it failed, in Jira's words; empty when it succeeded
     * @throws IssueGone when the issue no longer exists (deleted or moved out of reach since the submit)
     */
    List<String> apply(long issueId);

    /** The issue is gone: Jira counts it as invalid or inaccessible, without naming it. */
    final class IssueGone extends RuntimeException {

        public IssueGone() {
            super(null, null, false, false);
        }
    }
}
