package io.github.jiracloud.emulator.data;

/**
 * An Atlassian account.
 *
 * @param accountType {@code atlassian} for people, {@code app} for service accounts
 */
public record User(String accountId, String emailAddress, String displayName, String accountType, String timeZone) {

    public static User person(String accountId, String email, String displayName) {
        return new User(accountId, email, displayName, "atlassian", "Etc/UTC");
    }
}
