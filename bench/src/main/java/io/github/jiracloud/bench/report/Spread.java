package io.github.jiracloud.bench.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The median of repeated measurements and how far they spread: on a shared, noisy machine one figure alone says
 * little, so every reported figure is one of these.
 */
public record Spread(double median, double min, double max, double p25, double p75, int samples) {

    public static Spread of(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            return new Spread(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        List<Double> sorted = new ArrayList<>();
        values.forEach(value -> sorted.add(value.doubleValue()));
        sorted.sort(Double::compare);
        return new Spread(quantile(sorted, 0.5), sorted.get(0), sorted.get(sorted.size() - 1), quantile(sorted, 0.25),
                quantile(sorted, 0.75), sorted.size());
    }

    /** Linear interpolation between the closest ranks. */
    private static double quantile(List<Double> sorted, double q) {
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
    }

    /** For the JSON report, rounded to what the measurement can support. */
    public Map<String, Object> toMap(int decimals) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("median", round(median, decimals));
        map.put("min", round(min, decimals));
        map.put("max", round(max, decimals));
        map.put("p25", round(p25, decimals));
        map.put("p75", round(p75, decimals));
        map.put("samples", samples);
        return map;
    }

    /** E.g. {@code 1.04 (0.98–1.12, n=5)}: the median, then the range of the samples. */
    public String format(int decimals) {
        String pattern = "%." + decimals + "f";
        return String.format(pattern + " (" + pattern + "–" + pattern + ", n=%d)", median, min, max, samples);
    }

    public static double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
