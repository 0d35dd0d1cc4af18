package io.github.jiracloud.app.flows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.app.flows.sprint.SprintChart;
import io.github.jiracloud.camel.test.InjectJiraEmulator;
import io.github.jiracloud.camel.test.quarkus.JiraEmulatorTestResource;
import io.github.jiracloud.emulator.JiraEmulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * routes/sprint-report.yaml: the active sprint of board 1 is summarised in a CSV and a PNG chart attached to OPS-1,
 * and the chart's numbers are the CSV's. The emulator comes from the test kit's Quarkus test resource, which sets
 * {@code camel.component.jira.*}: the bundle's own keys.
 */
@QuarkusTest
@WithTestResource(JiraEmulatorTestResource.class)
class SprintReportTest {

    @InjectJiraEmulator
    JiraEmulator jira;

    @Test
    void theActiveSprintIsReportedAsACsvAndAChartOfTheSameNumbers() throws Exception {
        // Sprint 1 of the demo data holds OPS-2 (3 story points, To Do); a 5-point story finished today joins it.
        String finished = jira.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype",
                Map.of("name", "Story"), "summary", "Finished in the sprint", "customfield_10016", 5,
                "customfield_10020", 1));
        JiraRest rest = new JiraRest(jira);
        rest.transition(finished, "31");

        // The report runs every second: wait for a CSV that counts the finished story, and the chart after it.
        List<JsonNode> report = JiraRest.await("a sprint report with the Done story on OPS-1", () -> {
            List<JsonNode> attachments = new ArrayList<>();
            rest.get("/rest/api/3/issue/OPS-1?fields=attachment").path("fields").path("attachment")
                    .forEach(attachments::add);
            attachments.sort((a, b) -> Long.compare(a.path("id").asLong(), b.path("id").asLong()));
            for (int i = attachments.size() - 1; i > 0; i--) {
                String png = attachments.get(i).path("filename").asText();
                String csv = attachments.get(i - 1).path("filename").asText();
                if (png.startsWith("sprint-1-") && png.endsWith(".png")
                        && csv.equals(png.replace(".png", ".csv"))
                        && content(rest, attachments.get(i - 1)).contains("Done,1,5")) {
                    return List.of(attachments.get(i - 1), attachments.get(i));
                }
            }
            return null;
        });
        String csv = content(rest, report.get(0));
        byte[] png = rest.getBytes(contentPath(report.get(1)));

        assertThat(csv).isEqualTo("status,issues,storyPoints\nDone,1,5\nTo Do,1,3\nTOTAL,2,8\n");
        assertThat(report.get(1).path("mimeType").asText()).isEqualTo("image/png");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        Map<String, String> plotted = new HashMap<>();
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            image = reader.read(0);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            NodeList entries = root.getElementsByTagName("tEXtEntry");
            for (int i = 0; i < entries.getLength(); i++) {
                IIOMetadataNode entry = (IIOMetadataNode) entries.item(i);
                plotted.put(entry.getAttribute("keyword"), entry.getAttribute("value"));
            }
        }
        assertThat(image.getWidth()).isEqualTo(SprintChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(SprintChart.HEIGHT);
        assertThat(plotted.get(SprintChart.BY_STATUS) + "TOTAL,2,8\n").isEqualTo(csv);
        // The sprint started three days ago with 8 points; the story finished today takes 5 off today's point.
        List<String> burnDown = plotted.get(SprintChart.BURN_DOWN).lines().toList();
        assertThat(burnDown).hasSize(5).startsWith("day,storyPointsLeft");
        assertThat(burnDown.subList(1, 4)).allSatisfy(day -> assertThat(day).endsWith(",8"));
        assertThat(burnDown.get(4)).endsWith(",3");
        assertThat(jira.validationErrors()).isEmpty();
    }

    private static String content(JiraRest rest, JsonNode attachment) throws Exception {
        return rest.getText(contentPath(attachment));
    }

    private static String contentPath(JsonNode attachment) {
        return "/rest/api/3/attachment/content/" + attachment.path("id").asText() + "?redirect=false";
    }
}
