package io.github.jiracloud.app.flows.sprint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The sprint report's picture, drawn with JFreeChart: issues and story points by status on the left, the burn-down
 * (points left per day, and the ideal line) on the right. The numbers it plotted travel in the PNG's text chunks
 * ({@value #BY_STATUS}, {@value #BURN_DOWN}), so a reader or a test can check the picture against the CSV.
 */
public final class SprintChart {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 500;
    public static final String BY_STATUS = "Sprint by status";
    public static final String BURN_DOWN = "Sprint burn-down";
    private static final String ISSUES = "Issues";
    private static final String STORY_POINTS = "Story points";

    private SprintChart() {
    }

    static byte[] png(String sprintName, SprintSummary summary, BurnDown burnDown) {
        DefaultCategoryDataset byStatus = new DefaultCategoryDataset();
        summary.issues().forEach((status, count) -> {
            byStatus.addValue(count, ISSUES, status);
            byStatus.addValue(summary.storyPoints().get(status), STORY_POINTS, status);
        });
        TimeSeries remaining = new TimeSeries("Story points left");
        TimeSeries ideal = new TimeSeries("Ideal");
        if (burnDown != null) {
            burnDown.days().forEach(day -> remaining.add(day(day.date()), day.remaining()));
            ideal.add(day(burnDown.start()), burnDown.total());
            ideal.addOrUpdate(day(burnDown.end()), 0);
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            barChart(sprintName, byStatus).draw(graphics, new Rectangle(0, 0, WIDTH / 2, HEIGHT));
            burnDownChart(sprintName, remaining, ideal).draw(graphics, new Rectangle(WIDTH / 2, 0, WIDTH / 2, HEIGHT));
        } finally {
            graphics.dispose();
        }
        Map<String, String> text = new LinkedHashMap<>();
        text.put(BY_STATUS, plotted(byStatus));
        text.put(BURN_DOWN, plotted(remaining));
        return encode(image, text);
    }

    private static JFreeChart barChart(String sprintName, DefaultCategoryDataset byStatus) {
        JFreeChart chart = ChartFactory.createBarChart(sprintName + ": issues and story points by status", "Status",
                "Count", byStatus, PlotOrientation.VERTICAL, true, false, false);
        readable(chart.getPlot());
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static JFreeChart burnDownChart(String sprintName, TimeSeries remaining, TimeSeries ideal) {
        TimeSeriesCollection series = new TimeSeriesCollection(remaining);
        series.addSeries(ideal);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(sprintName + ": burn-down", "Day", "Story points left",
                series, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        readable(plot);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{6f, 6f}, 0f));
        renderer.setSeriesPaint(1, Color.GRAY);
        plot.setRenderer(renderer);
        return chart;
    }

    /** White paper with light grid lines instead of JFreeChart's grey. */
    private static void readable(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(Color.LIGHT_GRAY);
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
            xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
        }
    }

    /** What the bar chart plotted, as the CSV writes it: {@code status,issues,storyPoints}. */
    private static String plotted(DefaultCategoryDataset byStatus) {
        StringBuilder text = new StringBuilder("status,issues,storyPoints\n");
        for (Object status : byStatus.getColumnKeys()) {
            Comparable<?> key = (Comparable<?>) status;
            text.append(status).append(',').append(byStatus.getValue(ISSUES, key)).append(',')
                    .append(SprintSummary.plain(new BigDecimal(byStatus.getValue(STORY_POINTS, key)
                            .toString())))
                    .append('\n');
        }
        return text.toString();
    }

    /** What the burn-down plotted: {@code day,storyPointsLeft}. */
    private static String plotted(TimeSeries remaining) {
        StringBuilder text = new StringBuilder("day,storyPointsLeft\n");
        for (int i = 0; i < remaining.getItemCount(); i++) {
            Day day = (Day) remaining.getTimePeriod(i);
            text.append(isoDate(day)).append(',')
                    .append(SprintSummary.plain(new BigDecimal(remaining.getValue(i).toString())))
                    .append('\n');
        }
        return text.toString();
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String isoDate(Day day) {
        return LocalDate.of(day.getYear(), day.getMonth(), day.getDayOfMonth()).toString();
    }

    private static byte[] encode(BufferedImage image, Map<String, String> text) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    writer.getDefaultWriteParam());
            IIOMetadataNode chunks = new IIOMetadataNode("tEXt");
            text.forEach((keyword, value) -> {
                IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                entry.setAttribute("keyword", keyword);
                entry.setAttribute("value", value);
                chunks.appendChild(entry);
            });
            IIOMetadataNode root = new IIOMetadataNode(metadata.getNativeMetadataFormatName());
            root.appendChild(chunks);
            metadata.mergeTree(metadata.getNativeMetadataFormatName(), root);
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
