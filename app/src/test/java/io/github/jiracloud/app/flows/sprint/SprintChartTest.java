package io.github.jiracloud.app.flows.sprint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart is a PNG of the promised size, drawn in headless AWT, and not an empty canvas. */
class SprintChartTest {

    @Test
    void aPngOfTheSprintWithBarsAndALine() throws Exception {
        List<Map<String, Object>> issues = List.of(BurnDownTest.issue("To Do", "new", 3, List.of()),
                BurnDownTest.issue("Done", "done", 5, List.of()));
        Map<String, Object> sprint = Map.of("id", 7, "name", "Sprint 7", "startDate", "2026-12-01T09:00:00.000Z",
                "endDate", "2026-12-15T09:00:00.000Z");

        byte[] png = SprintChart.png("Sprint 7", SprintSummary.of(issues),
                BurnDown.of(sprint, issues, Instant.parse("2026-12-04T12:00:00Z")).orElseThrow());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(SprintChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(SprintChart.HEIGHT);
        assertThat(colours(image)).as("distinct colours drawn").isGreaterThan(10);
    }

    @Test
    void aSprintThatHasNotStartedStillGetsItsBars() throws Exception {
        byte[] png = SprintChart.png("Sprint 8", SprintSummary.of(List.of()), null);

        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(SprintChart.WIDTH);
    }

    private static long colours(BufferedImage image) {
        return IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }
}
