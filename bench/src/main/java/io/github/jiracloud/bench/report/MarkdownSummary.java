package io.github.jiracloud.bench.report;

import java.util.List;
import java.util.Map;

/** The short human summary: the machine, then per scenario its status, targets and notes. The JSON has the rest. */
final class MarkdownSummary {

    private MarkdownSummary() {
    }

    static String render(Map<String, Object> report, List<ScenarioResult> scenarios) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Run ").append(report.get("started")).append(" to ").append(report.get("finished"))
                .append(". Figures are medians of repeated rounds with (min–max, n = samples); ratios are taken within "
                        + "each round against a baseline measured in the same round. Full figures: `latest.json`.\n\n");
        md.append("## Machine\n\n| | |\n|---|---|\n");
        ((Map<?, ?>) report.get("machine"))
                .forEach((name, value) -> md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        md.append("\n## Settings\n\n| | |\n|---|---|\n");
        ((Map<?, ?>) report.get("settings"))
                .forEach((name, value) -> md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        md.append("\n## Overview\n\n| scenario | status | time |\n|---|---|---|\n");
        for (ScenarioResult scenario : scenarios) {
            md.append("| ").append(scenario.title()).append(" | **").append(status(scenario)).append("** | ")
                    .append(scenario.toMap().get("seconds")).append(" s |\n");
        }
        for (ScenarioResult scenario : scenarios) {
            md.append("\n## ").append(scenario.title()).append("\n\nStatus: **").append(status(scenario))
                    .append("**\n");
            if (!scenario.headlines().isEmpty()) {
                md.append('\n');
                scenario.headlines().forEach(line -> md.append("- ").append(line).append('\n'));
            }
            if (!scenario.targets().isEmpty()) {
                md.append("\n| target | goal | measured | met |\n|---|---|---|---|\n");
                for (Target target : scenario.targets()) {
                    md.append("| ").append(target.name()).append(" | ").append(target.goal()).append(" | ")
                            .append(target.measured()).append(" | ").append(target.met() ? "yes" : "**no**")
                            .append(" |\n");
                }
            }
            if (!scenario.notes().isEmpty()) {
                md.append("\nNotes:\n\n");
                scenario.notes().forEach(note -> md.append("- ").append(note).append('\n'));
            }
        }
        return md.toString();
    }

    private static String status(ScenarioResult scenario) {
        return scenario.status().name().toLowerCase().replace('_', ' ');
    }
}
