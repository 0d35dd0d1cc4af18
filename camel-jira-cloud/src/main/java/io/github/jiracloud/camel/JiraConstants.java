package io.github.jiracloud.camel;

import org.apache.camel.spi.Metadata;

/**
 * The message headers of the component. All start with {@code CamelJira}, so that headers bridged in from an HTTP
 * request can never steer the component.
 */
public final class JiraConstants {

    @Metadata(description = "The issue id or key to act on; overrides the option issueKey. Set on results too.",
              javaType = "String")
    public static final String ISSUE_KEY = "CamelJiraIssueKey";
    @Metadata(description = "The numeric id of the issue that was created or read.", javaType = "String")
    public static final String ISSUE_ID = "CamelJiraIssueId";
    @Metadata(description = "The JQL query of issue/search and search/jql; overrides the option jql.",
              javaType = "String")
    public static final String JQL = "CamelJiraJql";
    @Metadata(description = "The number of issues a search returned (not set when results are streamed).",
              javaType = "Integer")
    public static final String RESULT_COUNT = "CamelJiraResultCount";
    @Metadata(description = "The id of the comment that was added.", javaType = "String")
    public static final String COMMENT_ID = "CamelJiraCommentId";
    @Metadata(description = "Jira's request id of the last call, for support tickets.", javaType = "String")
    public static final String REQUEST_ID = "CamelJiraRequestId";

    private JiraConstants() {
    }
}
