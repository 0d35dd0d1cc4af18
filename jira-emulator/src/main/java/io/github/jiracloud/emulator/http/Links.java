package io.github.jiracloud.emulator.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code self} URLs of one URL style. Jira answers with links of the style it was called by: the site URL
 * for Basic auth, {@code https://api.atlassian.com/ex/jira/{cloudId}} for OAuth 2.0.
 *
 * @param root e.g. {@code http://127.0.0.1:8080} or {@code http://127.0.0.1:8080/ex/jira/<cloudId>}
 */
public record Links(String root) {

    public String api(String path) {
        return root + "/rest/api/3" + path;
    }

    public String issue(String issueId) {
        return api("/issue/" + issueId);
    }

    public String comment(String issueId, long commentId) {
        return issue(issueId) + "/comment/" + commentId;
    }

    public String user(String accountId) {
        return api("/user?accountId=" + encode(accountId));
    }

    public String project(String idOrKey) {
        return api("/project/" + idOrKey);
    }

    public String status(String id) {
        return api("/status/" + id);
    }

    public String statusCategory(long id) {
        return api("/statuscategory/" + id);
    }

    public String priority(String id) {
        return api("/priority/" + id);
    }

    public String issueType(String id) {
        return api("/issuetype/" + id);
    }

    public String resolution(String id) {
        return api("/resolution/" + id);
    }

    public String customFieldOption(String id) {
        return api("/customFieldOption/" + id);
    }

    /** Avatars: Jira serves them from the site, one URL per size. */
    public String avatar(String kind, String ownerId, String size) {
        return root + "/secure/viewavatar?size=" + size + "&avatarType=" + kind + "&ownerId=" + encode(ownerId);
    }

    public String icon(String path) {
        return root + "/images/icons/" + path;
    }

    /** Account ids only ever need their colon escaped; this is on the hot path of every issue rendered. */
    private static String encode(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_' || c == '.')) {
                return URLEncoder.encode(value, StandardCharsets.UTF_8);
            }
        }
        return value.replace(":", "%3A");
    }
}
