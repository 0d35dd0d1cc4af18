package io.github.jiracloud.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one scenario reports: its targets, its figures (nested maps, as they go to JSON) and notes for a reader. */
public final class ScenarioResult {

    /** How a scenario ended. */
    public enum Status {
        /** Every target reached. */
        MET,
        /** At least one target missed; the notes say why. */
        MISSED,
        /** Figures only, no target. */
        MEASURED,
        /** Something it needs is not there (e.g. an action not implemented yet, an unbuilt app); nothing measured. */
        NOT_AVAILABLE,
        /** The scenario broke; the notes hold the error. */
        FAILED
    }

    private final String id;
    private final String title;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> headlines = new ArrayList<>();
    private Status forcedStatus;
    private double seconds;

    public ScenarioResult(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public ScenarioResult figure(String name, Object value) {
        figures.put(name, value);
        return this;
    }

    public ScenarioResult target(Target target) {
        targets.add(target);
        return this;
    }

    /** A key figure in words, for the Markdown summary, e.g. "jira: 1,234 calls/s (1,200–1,260, n=5)". */
    public ScenarioResult headline(String headline) {
        headlines.add(headline);
        return this;
    }

    public ScenarioResult note(String note) {
        notes.add(note);
        return this;
    }

    public ScenarioResult notAvailable(String why) {
        forcedStatus = Status.NOT_AVAILABLE;
        return note(why);
    }

    public ScenarioResult failed(Throwable error) {
        forcedStatus = Status.FAILED;
        return note("Failed: " + error);
    }

    public void seconds(double value) {
        this.seconds = value;
    }

    public Status status() {
        if (forcedStatus != null) {
            return forcedStatus;
        }
        if (targets.isEmpty()) {
            return Status.MEASURED;
        }
        return targets.stream().allMatch(Target::met) ? Status.MET : Status.MISSED;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> figures() {
        return figures;
    }

    public List<Target> targets() {
        return targets;
    }

    public List<String> headlines() {
        return headlines;
    }

    public List<String> notes() {
        return notes;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("title", title);
        map.put("status", status().name().toLowerCase().replace('_', '-'));
        map.put("seconds", Spread.round(seconds, 1));
        map.put("headlines", headlines);
        map.put("targets", targets.stream().map(Target::toMap).toList());
        map.put("figures", figures);
        map.put("notes", notes);
        return map;
    }
}
