package io.github.jiracloud.app.onboarding;

import java.util.List;

/** A site the user's consent covers, as Atlassian's accessible-resources lists it. */
record AccessibleSite(String cloudId, String name, String url, List<String> scopes) {
}
