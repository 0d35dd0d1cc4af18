package io.github.jiracloud.app.flows.sprint;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The sprint-report flow's attachments: a CSV of issues and story points per status with the totals, and a PNG chart
 * of the same counts beside the sprint's burn-down. Both from the sprint's issues as {@code agile/sprintIssues} gives
 * them with {@code expand=changelog}.
 */
@ApplicationScoped
@Named("sprintReport")
public class SprintReport {

    @Inject
    Clock clock;

    /** One line per status ({@code status,issues,storyPoints}), then {@code TOTAL}. */
    public String csv(List<Map<String, Object>> issues) {
        return SprintSummary.of(issues).csv();
    }

    /** The chart, 1200 x 500 pixels; the burn-down is left empty for a sprint that has not started. */
    public byte[] chart(Map<String, Object> sprint, List<Map<String, Object>> issues) {
        String name = sprint.get("name") != null ? sprint.get("name").toString() : "Sprint " + sprint.get("id");
        return SprintChart.png(name, SprintSummary.of(issues),
                BurnDown.of(sprint, issues, clock.instant()).orElse(null));
    }
}
