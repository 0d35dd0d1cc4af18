package io.github.jiracloud.bench.clients;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * One Camel context with the two route-based variants side by side: routes through the jira: component
 * ({@code direct:jira-*}) and what a Camel user writes without it, camel-http with a Basic header and a Jackson
 * unmarshal ({@code direct:http-*}). Both keep Camel's defaults, error handling included.
 */
public final class CamelClients implements AutoCloseable {

    public static final String JIRA_GET = "direct:jira-get";
    public static final String JIRA_CREATE = "direct:jira-create";
    public static final String JIRA_SEARCH_PAGE = "direct:jira-search-page";
    public static final String JIRA_COMMENT = "direct:jira-comment";
    public static final String HTTP_GET = "direct:http-get";
    public static final String HTTP_CREATE = "direct:http-create";
    public static final String HTTP_SEARCH_PAGE = "direct:http-search-page";
    public static final String RAW_GET = "direct:raw-get";
    public static final String RAW_CREATE = "direct:raw-create";

    /** What the mixed-call scenario searches: a small project, one page. */
    public static final String SMALL_SEARCH_JQL = "project = DEV ORDER BY key ASC";
    public static final int SMALL_SEARCH_PAGE = 10;

    private final CamelContext camel = new DefaultCamelContext();
    private final StatusCounter jiraStatuses = new StatusCounter();
    private final ProducerTemplate template;
    private final Map<String, Endpoint> entries = new HashMap<>();

    /**
     * @param jiraOptions extra jira: endpoint options, e.g. {@code maxConnections=32}; empty for none
     */
    public CamelClients(JiraSite site, String jiraOptions) throws Exception {
        camel.addComponent("jira", new JiraComponent());
        camel.getRegistry().bind("statusCounter", jiraStatuses);
        camel.addRoutes(componentRoutes(site, jiraOptions));
        camel.addRoutes(handWrittenRoutes(site));
        camel.start();
        template = camel.createProducerTemplate();
        // Resolved once, as a route's own consumer would be: looking a URI up on every call is the harness's cost.
        for (String uri : List.of(JIRA_GET, JIRA_CREATE, JIRA_SEARCH_PAGE, JIRA_COMMENT, HTTP_GET, HTTP_CREATE,
                HTTP_SEARCH_PAGE)) {
            entries.put(uri, camel.getEndpoint(uri));
        }
    }

    private static RouteBuilder componentRoutes(JiraSite site, String extraOptions) {
        String options = site.jiraOptions() + "&httpClientConfigurer=#statusCounter"
                + (extraOptions.isEmpty() ? "" : "&" + extraOptions);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(JIRA_GET).to("jira:issue/get?" + options);
                from(JIRA_CREATE).to("jira:issue/create?" + options);
                from(JIRA_SEARCH_PAGE).to("jira:search/jql?singlePage=true&fields=summary&pageSize=" + SMALL_SEARCH_PAGE
                        + "&" + options);
                from(JIRA_COMMENT).to("jira:comment/add?" + options);
            }
        };
    }

    /** The routes a Camel user writes by hand for the same calls: auth header, method, path, JSON both ways. */
    private static RouteBuilder handWrittenRoutes(JiraSite site) {
        String authorization = site.basicAuthorization();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(HTTP_GET)
                        .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                        .setHeader(Exchange.HTTP_PATH, simple("/rest/api/3/issue/${body}"))
                        .setHeader("Authorization", constant(authorization))
                        .setHeader("Accept", constant("application/json"))
                        .setBody(constant(null))
                        .to(site.baseUrl())
                        .unmarshal().json(JsonLibrary.Jackson, Map.class);
                from(HTTP_CREATE)
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader("Authorization", constant(authorization))
                        .setHeader("Accept", constant("application/json"))
                        .marshal().json(JsonLibrary.Jackson)
                        .to(site.baseUrl() + "/rest/api/3/issue")
                        .unmarshal().json(JsonLibrary.Jackson, Map.class);
                from(HTTP_SEARCH_PAGE)
                        .setBody(constant(Map.of("jql", SMALL_SEARCH_JQL, "fields", List.of("summary"),
                                "maxResults", SMALL_SEARCH_PAGE)))
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader("Authorization", constant(authorization))
                        .setHeader("Accept", constant("application/json"))
                        .marshal().json(JsonLibrary.Jackson)
                        .to(site.baseUrl() + "/rest/api/3/search/jql")
                        .unmarshal().json(JsonLibrary.Jackson, Map.class);
            }
        };
    }

    /**
     * Adds {@code direct:raw-*}: the raw client called from a processor in a route. Not something anyone would write;
     * it splits the jira route's cost into Camel's (exchange, unit of work, direct) and the component's own.
     */
    public void addRawRoutes(RawJiraClient raw) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(RAW_GET).process(exchange -> exchange.getMessage().setBody(
                        raw.getIssue(exchange.getMessage().getBody(String.class))));
                from(RAW_CREATE).process(exchange -> exchange.getMessage().setBody(
                        raw.createIssue(exchange.getMessage().getBody(String.class))));
            }
        });
        entries.put(RAW_GET, camel.getEndpoint(RAW_GET));
        entries.put(RAW_CREATE, camel.getEndpoint(RAW_CREATE));
    }

    public Map<?, ?> rawInRouteGet(String key) {
        return template.requestBody(entries.get(RAW_GET), key, Map.class);
    }

    public Map<?, ?> rawInRouteCreate(String summary) {
        return template.requestBody(entries.get(RAW_CREATE), summary, Map.class);
    }

    public Map<?, ?> jiraGet(String key) {
        return template.requestBodyAndHeader(entries.get(JIRA_GET), null, JiraConstants.ISSUE_KEY, key, Map.class);
    }

    public Map<?, ?> jiraCreate(String summary) {
        return template.requestBody(entries.get(JIRA_CREATE), IssueRequests.componentCreateBody(summary), Map.class);
    }

    public List<?> jiraSearchPage() {
        return template.requestBodyAndHeader(entries.get(JIRA_SEARCH_PAGE), null, JiraConstants.JQL, SMALL_SEARCH_JQL,
                List.class);
    }

    public Map<?, ?> jiraComment(String key, String text) {
        return template.requestBodyAndHeader(entries.get(JIRA_COMMENT), text, JiraConstants.ISSUE_KEY, key, Map.class);
    }

    public Map<?, ?> httpGet(String key) {
        return template.requestBody(entries.get(HTTP_GET), key, Map.class);
    }

    public Map<?, ?> httpCreate(String summary) {
        return template.requestBody(entries.get(HTTP_CREATE), IssueRequests.jiraCreateBody(summary), Map.class);
    }

    public Map<?, ?> httpSearchPage() {
        return template.requestBody(entries.get(HTTP_SEARCH_PAGE), null, Map.class);
    }

    public CamelContext camel() {
        return camel;
    }

    public ProducerTemplate template() {
        return template;
    }

    /** Every HTTP answer the jira: routes got, retries included. */
    public StatusCounter jiraStatuses() {
        return jiraStatuses;
    }

    @Override
    public void close() {
        camel.stop();
    }
}
