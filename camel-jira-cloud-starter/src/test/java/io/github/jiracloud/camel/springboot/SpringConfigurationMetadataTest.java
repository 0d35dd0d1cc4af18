package io.github.jiracloud.camel.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** IDEs complete and document every option of the component's catalogue under camel.component.jira.*. */
class SpringConfigurationMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyComponentOptionIsAPropertyWithItsDescriptionDefaultAndValues() throws IOException {
        JsonNode catalogue = read("/META-INF/io/github/jiracloud/camel/jira.json");
        JsonNode metadata = read("/META-INF/spring-configuration-metadata.json");
        Map<String, JsonNode> properties = new HashMap<>();
        metadata.path("properties").forEach(property -> properties.put(property.path("name").asText(), property));

        List<String> options = new ArrayList<>();
        catalogue.path("componentProperties").fieldNames().forEachRemaining(options::add);
        assertThat(options).hasSizeGreaterThan(50);
        for (String option : options) {
            JsonNode declared = catalogue.path("componentProperties").path(option);
            JsonNode property = properties.get("camel.component.jira." + StringHelper.camelCaseToDash(option));
            assertThat(property).as(option).isNotNull();
            assertThat(property.path("description").asText()).as(option)
                    .startsWith(declared.path("description").asText());
            if (declared.has("defaultValue")) {
                assertThat(property.path("defaultValue")).as(option).isEqualTo(declared.path("defaultValue"));
            }
        }
        assertThat(properties).containsKey("camel.component.jira.enabled").hasSize(options.size() + 1);
        assertThat(properties.get("camel.component.jira.max-retries").path("type").asText())
                .isEqualTo("java.lang.Integer");
        assertThat(properties.get("camel.component.jira.connections").path("description").asText())
                .as("a named connection's options, from the nested connection class")
                .contains("camel.component.jira.connections.<name>.site",
                        "camel.component.jira.connections.<name>.api-token",
                        "camel.component.jira.connections.<name>.max-retries")
                .doesNotContain("connections.<name>.jql");
        JsonNode authHint = null;
        for (JsonNode hint : metadata.path("hints")) {
            if (hint.path("name").asText().equals("camel.component.jira.auth")) {
                authHint = hint;
            }
        }
        assertThat(authHint).isNotNull();
        assertThat(authHint.path("values").findValuesAsText("value")).contains("basic", "oauth2");
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = SpringConfigurationMetadataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }
}
