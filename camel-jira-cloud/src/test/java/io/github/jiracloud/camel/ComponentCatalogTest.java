package io.github.jiracloud.camel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated catalog (jira.json) is what IDEs, Camel JBang and the YAML DSL schema read: it must be complete. */
class ComponentCatalogTest {

    @Test
    void everyOptionAndHeaderIsDescribed() throws Exception {
        JsonNode catalog = catalog();
        List<String> undescribed = new ArrayList<>();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            catalog.path(section).fields().forEachRemaining(entry -> {
                if (entry.getValue().path("description").asText("").isBlank()) {
                    undescribed.add(section + "." + entry.getKey());
                }
            });
        }
        assertThat(catalog.path("properties").size()).isGreaterThan(30);
        assertThat(undescribed).isEmpty();
    }

    @Test
    void descriptionsReadAsPlainTextInEditors() throws Exception {
        JsonNode catalog = catalog();
        List<String> descriptions = new ArrayList<>(List.of(catalog.path("component").path("description").asText()));
        for (String section : List.of("componentProperties", "properties", "headers")) {
            catalog.path(section).forEach(entry -> descriptions.add(entry.path("description").asText()));
        }
        // Javadoc tags come out of Camel's tooling mangled, e.g. {@code to("jira:x")} as {code to(jira:)}.
        assertThat(descriptions)
                .noneMatch(text -> text.contains("{code") || text.contains("{@") || text.contains("{link"));
        assertThat(catalog.path("component").path("description").asText()).contains("jira:issue/poll", "jira:webhook");
    }

    @Test
    void camelFindsTheCatalogInTheJarBesideTheComponent() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            String schema = camel.getComponentParameterJsonSchema("jira");

            assertThat(schema).as("what Camel's runtime catalog and endpoint validation read").isNotNull();
            assertThat(new ObjectMapper().readTree(schema).path("component").path("javaType").asText())
                    .isEqualTo(JiraComponent.class.getName());
        }
    }

    @Test
    void credentialsAreMarkedSecretSoCamelMasksThem() throws Exception {
        JsonNode properties = catalog().path("properties");
        for (String secret : List.of("apiToken", "clientId", "clientSecret", "refreshToken")) {
            assertThat(properties.path(secret).path("secret").asBoolean()).as(secret).isTrue();
        }
    }

    @Test
    void everyHeaderIsPrefixedSoBridgedHttpHeadersCannotSteerTheComponent() throws Exception {
        catalog().path("headers").fieldNames().forEachRemaining(name -> assertThat(name).startsWith("CamelJira"));
    }

    private static JsonNode catalog() throws Exception {
        try (InputStream json = ComponentCatalogTest.class
                .getResourceAsStream("/META-INF/io/github/jiracloud/camel/jira.json")) {
            assertThat(json).as("the generated jira.json is on the classpath").isNotNull();
            return new ObjectMapper().readTree(json);
        }
    }
}
