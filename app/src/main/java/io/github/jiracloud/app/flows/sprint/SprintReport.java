package io.github.jiracloud.app.flows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The sprint-report flow's CSV: issues and story points per status, and the totals. */
@ApplicationScoped
@Named("sprintReport")
public class SprintReport {

    static final String STORY_POINTS = "customfield_10016";

    /**
     * One line per status ({@code status,issues,storyPoints}), then {@code TOTAL}; the issues as agile lists give them.
     */
    public String csv(List<Map<String, Object>> issues) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, BigDecimal> points = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> issue : issues) {
            Map<?, ?> fields = issue.get("fields") instanceof Map<?, ?> map ? map : Map.of();
            String status = fields.get("status") instanceof Map<?, ?> s ? String.valueOf(s.get("name")) : "Unknown";
            BigDecimal estimate = fields.get(STORY_POINTS) instanceof Number n
                    ? new BigDecimal(n.toString())
                    : BigDecimal.ZERO;
            counts.merge(status, 1, Integer::sum);
            points.merge(status, estimate, BigDecimal::add);
            total = total.add(estimate);
        }
        StringBuilder csv = new StringBuilder("status,issues,storyPoints\n");
        counts.forEach((status, count) -> csv.append(quoted(status)).append(',').append(count).append(',')
                .append(points.get(status).stripTrailingZeros().toPlainString()).append('\n'));
        return csv.append("TOTAL,").append(issues.size()).append(',')
                .append(total.stripTrailingZeros().toPlainString()).append('\n').toString();
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
