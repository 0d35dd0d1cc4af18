package io.github.jiracloud.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** A whole run: the machine, how it was run, and every scenario's result; written as JSON and as Markdown. */
public final class Report {

    private final Map<String, Object> machine = Machine.describe();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<ScenarioResult> scenarios = new ArrayList<>();
    private final Instant started = Instant.now();

    public Report setting(String name, Object value) {
        settings.put(name, value);
        return this;
    }

    public void add(ScenarioResult result) {
        scenarios.add(result);
    }

    public List<ScenarioResult> scenarios() {
        return scenarios;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("started", started.toString());
        map.put("finished", Instant.now().toString());
        Map<String, Object> machineNow = new LinkedHashMap<>(machine);
        machineNow.put("loadAverageAtEnd", Machine.loadAverage());
        map.put("machine", machineNow);
        map.put("settings", settings);
        map.put("scenarios", scenarios.stream().map(ScenarioResult::toMap).toList());
        return map;
    }

    /** Writes {@code latest.json} and {@code latest.md} into the directory. */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> content = toMap();
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("latest.json").toFile(), content);
        Files.writeString(directory.resolve("latest.md"), MarkdownSummary.render(content, scenarios));
    }
}
