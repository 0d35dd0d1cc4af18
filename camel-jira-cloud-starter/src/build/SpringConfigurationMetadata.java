import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes Spring Boot's configuration metadata for {@code camel.component.jira.*} from the component's generated
 * catalogue ({@code jira.json}, on the class path): one property per component option, with its type, default,
 * description and, for enums, the allowed values as hints. Run by the build (exec-maven-plugin) before the
 * resources are copied; the output is never edited by hand.
 */
public final class SpringConfigurationMetadata {

    private static final String CATALOGUE = "/META-INF/io/github/jiracloud/camel/jira.json";
    private static final String PREFIX = "camel.component.jira";
    private static final String AUTO_CONFIGURATION = "io.github.jiracloud.camel.springboot.JiraComponentAutoConfiguration";

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode catalogue;
        try (InputStream in = SpringConfigurationMetadata.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException(CATALOGUE + " is not on the class path: build camel-jira-cloud first");
            }
            catalogue = json.readTree(in);
        }
        JsonNode component = catalogue.path("component");
        ObjectNode metadata = json.createObjectNode();
        ObjectNode group = metadata.putArray("groups").addObject();
        group.put("name", PREFIX);
        group.put("type", component.path("javaType").asText());
        group.put("description", component.path("description").asText());
        group.put("sourceType", AUTO_CONFIGURATION);

        ArrayNode properties = metadata.putArray("properties");
        ArrayNode hints = metadata.putArray("hints");
        ObjectNode enabled = properties.addObject();
        enabled.put("name", PREFIX + ".enabled");
        enabled.put("type", "java.lang.Boolean");
        enabled.put("description", "Whether to configure the jira component from these properties.");
        enabled.put("defaultValue", true);
        enabled.put("sourceType", AUTO_CONFIGURATION);

        String connectionOptions = connectionOptions(catalogue.path("componentProperties"));
        Map<String, JsonNode> options = new TreeMap<>();
        catalogue.path("componentProperties").properties().forEach(entry -> options.put(dashed(entry.getKey()),
                entry.getValue()));
        options.forEach((name, option) -> {
            ObjectNode property = properties.addObject();
            property.put("name", PREFIX + "." + name);
            property.put("type", boxed(option.path("javaType").asText()));
            property.put("description", description(option) + ("connections".equals(name)
                    ? " Each takes the connection options: " + connectionOptions + "."
                    : ""));
            property.put("sourceType", component.path("javaType").asText());
            if (option.hasNonNull("defaultValue")) {
                property.set("defaultValue", option.get("defaultValue"));
            }
            if (option.path("deprecated").asBoolean()) {
                property.putObject("deprecation");
            }
            if (option.has("enum")) {
                ObjectNode hint = hints.addObject();
                hint.put("name", PREFIX + "." + name);
                ArrayNode values = hint.putArray("values");
                option.get("enum").forEach(value -> values.addObject().set("value", value));
            }
        });
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, json.writeValueAsString(metadata) + "\n");
    }

    /** The options a named connection takes: those the catalogue places in the nested connection class. */
    private static String connectionOptions(JsonNode componentProperties) {
        List<String> names = new ArrayList<>();
        componentProperties.properties().forEach(entry -> {
            if (entry.getValue().path("configurationClass").asText().endsWith(".JiraConnection")) {
                names.add(PREFIX + ".connections.<name>." + dashed(entry.getKey()));
            }
        });
        return String.join(", ", names);
    }

    private static String description(JsonNode option) {
        String description = option.path("description").asText();
        if ("object".equals(option.path("type").asText())) {
            description += " The option is a " + option.path("javaType").asText() + " type: a bean reference, #name.";
        }
        return description;
    }

    private static String boxed(String javaType) {
        return switch (javaType) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "double" -> "java.lang.Double";
            default -> javaType;
        };
    }

    private static String dashed(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }
}
