package io.github.jiracloud.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One goal from the benchmark issue and what this run measured for it.
 *
 * @param name e.g. "issue/get c=16: jira vs raw client, CPU per call"
 * @param goal the goal as written, e.g. "≤ 1.10×"
 * @param measured the figure, formatted with its spread
 * @param met whether the median reached the goal
 */
public record Target(String name, String goal, String measured, boolean met) {

    public static Target atMost(String name, double limit, String unit, Spread measured, int decimals) {
        return new Target(name, "≤ " + limit + unit, measured.format(decimals) + unit, measured.median() <= limit);
    }

    public static Target atLeast(String name, double limit, String unit, Spread measured, int decimals) {
        return new Target(name, "≥ " + limit + unit, measured.format(decimals) + unit, measured.median() >= limit);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("goal", goal);
        map.put("measured", measured);
        map.put("met", met);
        return map;
    }
}
