package io.github.jiracloud.example;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraComponentConfigurer;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Binds the Spring properties {@code camel.component.jira.*} to the jira component, as Camel Main does.
 * <p>
 * Camel Spring Boot configures a component from properties only through that component's starter; camel-jira-cloud
 * has none (it stays plain Camel), so this customizer hands the properties to Camel's own binder with the component's
 * generated configurer: kebab-case or camelCase names, {@code #bean} references and every option of the catalog.
 * A name the component does not know stops the start-up instead of being ignored.
 */
@Configuration(proxyBeanMethods = false)
public class JiraComponentProperties {

    static final String PREFIX = "camel.component.jira";

    @Bean
    ComponentCustomizer jiraComponentFromSpringProperties(Environment environment) {
        return ComponentCustomizer.builder(JiraComponent.class).build(jira -> bind(jira, properties(environment)));
    }

    private static Map<String, Object> properties(Environment environment) {
        Map<String, String> values = Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        Map<String, Object> options = new LinkedHashMap<>();
        values.forEach((name, value) -> options.put(StringHelper.dashToCamelCase(name), value));
        return options;
    }

    private static void bind(JiraComponent jira, Map<String, Object> options) {
        PropertyBindingSupport.build()
                .withCamelContext(jira.getCamelContext())
                .withTarget(jira)
                .withConfigurer(new JiraComponentConfigurer())
                .withProperties(options)
                .withIgnoreCase(true)
                .withRemoveParameters(true)
                .bind();
        if (!options.isEmpty()) {
            // Names only: the values may be credentials.
            throw new IllegalArgumentException("Unknown options " + new TreeSet<>(options.keySet()) + " under " + PREFIX
                    + ".*: use the jira component's options, e.g. " + PREFIX + ".site or " + PREFIX + ".api-token");
        }
    }
}
