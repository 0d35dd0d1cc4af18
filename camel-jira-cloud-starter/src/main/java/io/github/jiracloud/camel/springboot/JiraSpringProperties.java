package io.github.jiracloud.camel.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * The {@code camel.component.jira.*} properties of a Spring environment as the component's options, checked against
 * the options its generated configurer knows. Spring's relaxed names all work: {@code api-token}, {@code apiToken},
 * {@code CAMEL_COMPONENT_JIRA_APITOKEN}; a named connection is {@code connections.<name>.<option>} or
 * {@code connections[<name>].<option>}.
 */
final class JiraSpringProperties {

    static final String PREFIX = "camel.component.jira";
    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of(PREFIX);
    /** Read by the auto-configuration itself, not options of the component. */
    private static final Set<String> OWN = Set.of("enabled");
    private static final String CONNECTIONS = "connections";

    /** Camel option (e.g. {@code apiToken}, {@code connections[partner].site}) to value, as Camel binds them. */
    private final Map<String, Object> options;
    /** The same option to the property name the user wrote, for messages. */
    private final Map<String, String> propertyNames;

    private JiraSpringProperties(Map<String, Object> options, Map<String, String> propertyNames) {
        this.options = options;
        this.propertyNames = propertyNames;
    }

    /**
     * Reads the properties, refusing any whose option the component doesn't have: a misspelt name stops the start-up
     * naming it (never its value, which may be a credential).
     */
    static JiraSpringProperties read(Environment environment, PropertyConfigurerGetter configurer) {
        Binder binder = Binder.get(environment);
        Map<ConfigurationPropertyName, Boolean> names = new LinkedHashMap<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.filter(ROOT::isAncestorOf).forEach(name -> names.putIfAbsent(name, true));
            }
        }
        Map<String, Object> options = new LinkedHashMap<>();
        Map<String, String> propertyNames = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        for (ConfigurationPropertyName name : names.keySet()) {
            String option = StringHelper.dashToCamelCase(name.getElement(ROOT.getNumberOfElements(), Form.DASHED));
            if (OWN.contains(option)) {
                continue;
            }
            if (configurer.getOptionType(option, true) == null) {
                unknown.add(name.toString());
                continue;
            }
            String camelName = camelName(name, option);
            binder.bind(name, Bindable.of(String.class)).ifBound(value -> {
                options.put(camelName, value);
                propertyNames.put(camelName, name.toString());
            });
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Unknown " + (unknown.size() == 1 ? "property " : "properties ") + unknown
                    + ": the jira component has no such option. Its options are listed under " + PREFIX
                    + ".* in the component docs and completed by IDEs; e.g. " + PREFIX + ".site, " + PREFIX
                    + ".api-token, " + PREFIX + ".connections.<name>.site");
        }
        return new JiraSpringProperties(options, propertyNames);
    }

    Map<String, Object> options() {
        return new LinkedHashMap<>(options);
    }

    /** The property a Camel option came from, e.g. {@code camel.component.jira.connections.partner.sitee}. */
    String propertyName(String option) {
        return propertyNames.getOrDefault(option, PREFIX + "." + option);
    }

    private static String camelName(ConfigurationPropertyName name, String option) {
        int first = ROOT.getNumberOfElements();
        StringBuilder camel = new StringBuilder(option);
        int next = first + 1;
        if (CONNECTIONS.equals(option) && name.getNumberOfElements() > next) {
            camel.append('[').append(name.getElement(next, Form.ORIGINAL)).append(']');
            next++;
        }
        for (int i = next; i < name.getNumberOfElements(); i++) {
            camel.append('.').append(StringHelper.dashToCamelCase(name.getElement(i, Form.DASHED)));
        }
        return camel.toString();
    }
}
