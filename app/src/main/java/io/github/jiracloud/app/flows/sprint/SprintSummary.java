package io.github.jiracloud.app.flows.sprint;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A sprint's issues counted by status: how many, and how many story points. */
record SprintSummary(Map<String, Integer> issues, Map<String, BigDecimal> storyPoints, int totalIssues,
        BigDecimal totalStoryPoints) {

    static final String STORY_POINTS = "customfield_10016";

    static SprintSummary of(List<Map<String, Object>> sprintIssues) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, BigDecimal> points = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> issue : sprintIssues) {
            String status = status(issue);
            BigDecimal estimate = storyPoints(issue);
            counts.merge(status, 1, Integer::sum);
            points.merge(status, estimate, BigDecimal::add);
            total = total.add(estimate);
        }
        return new SprintSummary(Collections.unmodifiableMap(counts), Collections.unmodifiableMap(points),
                sprintIssues.size(), total);
    }

    static Map<?, ?> fields(Map<String, Object> issue) {
        return issue.get("fields") instanceof Map<?, ?> fields ? fields : Map.of();
    }

    static String status(Map<String, Object> issue) {
        return fields(issue).get("status") instanceof Map<?, ?> status ? String.valueOf(status.get("name")) : "Unknown";
    }

    static BigDecimal storyPoints(Map<String, Object> issue) {
        return fields(issue).get(STORY_POINTS) instanceof Number points
                ? new BigDecimal(points.toString())
                : BigDecimal.ZERO;
    }

    /** {@code status,issues,storyPoints} per status in name order, then {@code TOTAL}. */
    String csv() {
        StringBuilder csv = new StringBuilder("status,issues,storyPoints\n");
        issues.forEach((status, count) -> csv.append(quoted(status)).append(',').append(count).append(',')
                .append(plain(storyPoints.get(status))).append('\n'));
        return csv.append("TOTAL,").append(totalIssues).append(',').append(plain(totalStoryPoints)).append('\n')
                .toString();
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
