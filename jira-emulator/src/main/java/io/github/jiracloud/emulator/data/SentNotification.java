package io.github.jiracloud.emulator.data;

import java.time.Instant;
import java.util.List;

/**
 * An e-mail {@code POST /issue/{issueIdOrKey}/notify} queued: the emulator sends nothing, it keeps what would have
 * gone out, for tests to look at.
 *
 * @param recipientIds the account ids it was addressed to, after resolving reporter, assignee and watchers
 * @param groups group names it was also addressed to (the emulator has no groups to expand)
 */
public record SentNotification(String issueKey, String senderId, String subject, String textBody, String htmlBody,
        List<String> recipientIds, List<String> groups, Instant sent) {

    public SentNotification {
        recipientIds = List.copyOf(recipientIds);
        groups = List.copyOf(groups);
    }
}
