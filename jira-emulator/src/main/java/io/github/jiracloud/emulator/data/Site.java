package io.github.jiracloud.emulator.data;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A Jira Cloud site: what {@code accessible-resources} lists and {@code /ex/jira/{cloudId}} selects. Everything per
 * site hangs off {@link JiraStore}, so each additional site is another store.
 */
public record Site(String cloudId, String name) {

    /** The cloud id is derived from the name, so a site keeps its id across restarts and configs stay valid. */
    public static Site named(String name) {
        String cloudId = UUID.nameUUIDFromBytes(("jira-emulator-site:" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new Site(cloudId, name);
    }
}
