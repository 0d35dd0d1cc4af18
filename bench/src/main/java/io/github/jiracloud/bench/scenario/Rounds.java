package io.github.jiracloud.bench.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.github.jiracloud.bench.load.LoadResult;
import io.github.jiracloud.bench.report.Spread;

/**
 * The runs of several client variants over repeated rounds. Ratios are taken within a round (both runs saw the
 * same machine at nearly the same time) and then summarised, so noise from other work on the machine largely
 * cancels out.
 */
final class Rounds {

    static final ToDoubleFunction<LoadResult> WALL = LoadResult::microsPerCall;
    static final ToDoubleFunction<LoadResult> CPU = LoadResult::clientCpuMicrosPerCall;
    static final ToDoubleFunction<LoadResult> ALLOCATION = LoadResult::allocatedBytesPerCall;

    private final Map<String, List<LoadResult>> runs = new LinkedHashMap<>();

    void add(String variant, LoadResult result) {
        runs.computeIfAbsent(variant, name -> new ArrayList<>()).add(result);
    }

    List<LoadResult> of(String variant) {
        return runs.getOrDefault(variant, List.of());
    }

    Spread spread(String variant, ToDoubleFunction<LoadResult> metric) {
        return Spread.of(of(variant).stream().map(metric::applyAsDouble).toList());
    }

    /** The metric of {@code variant} over that of {@code baseline}, round by round. */
    Spread ratio(String variant, String baseline, ToDoubleFunction<LoadResult> metric) {
        List<LoadResult> measured = of(variant);
        List<LoadResult> base = of(baseline);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(measured.size(), base.size()); i++) {
            ratios.add(metric.applyAsDouble(measured.get(i)) / metric.applyAsDouble(base.get(i)));
        }
        return Spread.of(ratios);
    }

    long failures(String variant) {
        return of(variant).stream().mapToLong(LoadResult::failures).sum();
    }

    Throwable firstFailure(String variant) {
        return of(variant).stream().map(LoadResult::firstFailure).filter(f -> f != null).findFirst().orElse(null);
    }

    /** Everything measured of one variant, for the JSON report. */
    Map<String, Object> figures(String variant, int cores) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("callsPerSecond", spread(variant, LoadResult::callsPerSecond).toMap(1));
        figures.put("wallMicrosPerCall", spread(variant, WALL).toMap(1));
        figures.put("clientCpuMicrosPerCall", spread(variant, CPU).toMap(1));
        figures.put("allocatedBytesPerCall", spread(variant, ALLOCATION).toMap(0));
        figures.put("emulatorCpuMicrosPerCall", spread(variant, LoadResult::emulatorCpuMicrosPerCall).toMap(1));
        figures.put("emulatorCpuShare", spread(variant, result -> result.emulatorCpuShare(cores)).toMap(3));
        figures.put("clientCpuShare", spread(variant, result -> result.clientCpuShare(cores)).toMap(3));
        figures.put("calls", of(variant).stream().mapToLong(LoadResult::calls).sum());
        figures.put("failures", failures(variant));
        Throwable failure = firstFailure(variant);
        if (failure != null) {
            figures.put("firstFailure", failure.toString());
        }
        return figures;
    }
}
