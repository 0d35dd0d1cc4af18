package io.github.jiracloud.camel;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.UriPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue ({@link JiraOperation}) is the one declaration of the operations: the metadata editors read, the
 * producer packages and the docs pages follow it.
 */
class OperationCatalogueTest {

    private static final Path PRODUCERS = Path.of("src/main/java/io/github/jiracloud/camel/producer");
    private static final Path ACTION_DOCS = Path.of("src/main/docs/actions");
    /** Resources documented on another resource's page: issueLinkType with issueLink. */
    private static final Map<String, String> DOCUMENTED_WITH = Map.of("issueLinkType", "issueLink");
    /** The consumers' resources that have no producer: their docs are consumers.md. */
    private static final Set<String> CONSUMERS_ONLY = Set.of("webhook");

    @Test
    void theUriPathEnumsAreTheCatalogues() throws Exception {
        assertThat(enums("resource")).containsExactlyElementsOf(JiraOperation.resources());
        assertThat(enums("action")).containsExactlyElementsOf(JiraOperation.actions());
    }

    @Test
    void theGeneratedMetadataOffersTheResourcesAndActions() throws Exception {
        JsonNode properties;
        try (InputStream json = getClass().getResourceAsStream("/META-INF/io/github/jiracloud/camel/jira.json")) {
            properties = new ObjectMapper().readTree(json).path("properties");
        }

        assertThat(texts(properties.path("resource").path("enum")))
                .containsExactlyElementsOf(JiraOperation.resources());
        assertThat(texts(properties.path("action").path("enum"))).containsExactlyElementsOf(JiraOperation.actions());
    }

    @Test
    void everyOperationIsEitherAnActionOrAConsumer() {
        JiraConfiguration configuration = new JiraConfiguration();
        for (JiraOperation operation : JiraOperation.values()) {
            if (!operation.isConsumer()) {
                assertThat(operation.action(configuration)).as(operation + "'s action").isNotNull();
            }
        }
        assertThat(Arrays.stream(JiraOperation.values()).filter(JiraOperation::isConsumer).map(Object::toString))
                .containsExactly("issue/poll", "comment/poll", "webhook/receive");
    }

    @Test
    void eachResourceHasItsProducerPackageAndItsDocsPage() throws Exception {
        Set<String> pages = names(ACTION_DOCS, ".md");
        Set<String> packages = names(PRODUCERS, "");
        Set<String> resources = new TreeSet<>(JiraOperation.resources());
        resources.removeAll(CONSUMERS_ONLY);
        resources.removeAll(DOCUMENTED_WITH.keySet());

        assertThat(pages).containsExactlyInAnyOrderElementsOf(resources);
        assertThat(packages).containsExactlyInAnyOrderElementsOf(
                resources.stream().map(resource -> resource.toLowerCase(Locale.ROOT)).toList());
    }

    private static List<String> enums(String field) throws NoSuchFieldException {
        Field declared = JiraEndpoint.class.getDeclaredField(field);
        return List.of(declared.getAnnotation(UriPath.class).enums().split(","));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Set<String> names(Path directory, String suffix) throws Exception {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(entry -> suffix.isEmpty()
                    ? Files.isDirectory(entry)
                    : entry.toString()
                            .endsWith(suffix))
                    .map(entry -> entry.getFileName().toString().replace(suffix, ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
