package io.github.jiracloud.emulator.data;

/** One link: the inward issue stands in the type's outward relation to the outward issue ("inward blocks outward"). */
public record IssueLink(long id, String typeId, long inwardIssueId, long outwardIssueId) {

    public boolean involves(long issueId) {
        return inwardIssueId == issueId || outwardIssueId == issueId;
    }
}
