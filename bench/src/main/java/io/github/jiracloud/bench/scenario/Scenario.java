package io.github.jiracloud.bench.scenario;

import io.github.jiracloud.bench.BenchContext;
import io.github.jiracloud.bench.report.ScenarioResult;

/** One benchmark scenario: runs at the context's sizes and fills in its result. */
public interface Scenario {

    String id();

    String title();

    void run(BenchContext context, ScenarioResult result) throws Exception;
}
