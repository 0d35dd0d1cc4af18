package io.github.jiracloud.camel.springboot;

import java.util.Map;
import java.util.TreeSet;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraComponentConfigurer;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.PropertyBindingSupport;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Configures the {@code jira} component from {@code camel.component.jira.*}: every option of the component (its
 * generated configurer binds them, as Camel Main does), named connections ({@code connections.<name>.*}) and bean
 * references ({@code #name}). Unknown properties stop the start-up.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnProperty(prefix = JiraSpringProperties.PREFIX, name = "enabled", matchIfMissing = true)
public class JiraComponentAutoConfiguration {

    @Bean
    JiraSpringProperties jiraSpringProperties(Environment environment) {
        return JiraSpringProperties.read(environment, new JiraComponentConfigurer());
    }

    @Bean
    ComponentCustomizer jiraComponentCustomizer(JiraSpringProperties properties) {
        return ComponentCustomizer.builder(JiraComponent.class).build(jira -> bind(jira, properties));
    }

    private static void bind(JiraComponent jira, JiraSpringProperties properties) {
        Map<String, Object> options = properties.options();
        PropertyBindingSupport.build().withCamelContext(jira.getCamelContext()).withTarget(jira)
                .withConfigurer(jira.getComponentPropertyConfigurer()).withProperties(options)
                .withIgnoreCase(true).withRemoveParameters(true).bind();
        if (!options.isEmpty()) {
            // A nested option the component has no setter for, e.g. connections.partner.sitee; names only.
            TreeSet<String> unknown = new TreeSet<>();
            options.keySet().forEach(option -> unknown.add(properties.propertyName(option)));
            throw new IllegalArgumentException("Unknown properties " + unknown + ": the jira component has no such "
                    + "option. A named connection takes the connection options, e.g. " + JiraSpringProperties.PREFIX
                    + ".connections.<name>.site");
        }
    }

    /** The component's health in Actuator's {@code /actuator/health}, from Camel's health checks. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("jira")
    static class Health {

        @Bean
        JiraHealthIndicator jiraHealthIndicator(CamelContext camel) {
            return new JiraHealthIndicator(camel);
        }
    }
}
