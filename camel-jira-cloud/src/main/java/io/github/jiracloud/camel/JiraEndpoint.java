package io.github.jiracloud.camel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;

import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.connection.JiraConnection;
import io.github.jiracloud.camel.producer.JiraProducer;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Calls the Jira Cloud REST API v3 and Agile API (jira:resource/action in to), and delivers Jira's events to a route:
 * new and updated issues (jira:issue/poll), new comments (jira:comment/poll) and webhooks (jira:webhook).
 */
// Plain text on purpose: Camel's tooling copies this comment into the catalog (jira.json) that editors show.
@UriEndpoint(firstVersion = "0.1.0", scheme = "jira", title = "Jira Cloud", syntax = "jira:resource/action", category = {
        Category.API, Category.DOCUMENT}, headersClass = JiraConstants.class)
public class JiraEndpoint extends ScheduledPollEndpoint {

    static final String RESOURCES = "issue,search,comment,attachment,worklog,issueLink,issueLinkType,watcher,project,"
            + "user,metadata,agile,bulk,api,webhook";
    static final String ACTIONS = "create,bulkCreate,get,update,delete,assign,transitions,transition,changelog,notify,"
            + "getProperty,setProperty,deleteProperty,bulkFetch,changelogs,search,poll,jql,count,add,list,download,"
            + "remove,components,versions,myself,assignable,fields,issueTypes,priorities,statuses,resolutions,labels,"
            + "createMeta,boards,board,boardIssues,backlog,sprints,sprint,createSprint,updateSprint,sprintIssues,"
            + "moveToSprint,boardIssueCount,backlogCount,edit,move,watch,unwatch,editableFields,status,call,receive";

    // The enums are the catalogue's (JiraOperation), written out because annotations take constants only;
    // OperationCatalogueTest fails when they differ.
    @UriPath(description = "The Jira resource, e.g. issue, search or comment.", enums = RESOURCES)
    @Metadata(required = true)
    private String resource;
    @UriPath(description = "The action on the resource, e.g. create, get, jql, add or poll. Which actions each "
            + "resource has is in the component docs (Actions).", enums = ACTIONS)
    @Metadata(required = true)
    private String action;
    @UriParam
    private JiraConfiguration configuration;

    private final JiraOperation operation;
    /** The component owns and closes it; this endpoint only remembers which one is its own. */
    private volatile JiraClient client;

    public JiraEndpoint(String uri, JiraComponent component, JiraOperation operation, JiraConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.resource = operation.resource();
        this.action = operation.action();
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new JiraProducer(this, operation.action(configuration));
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = operation.consumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    Clock clock() {
        return ((JiraComponent) getComponent()).getClock();
    }

    /** Where a poller keeps its position: the option stateRepository, or a file per resource. */
    StateRepository<String, String> pollingPositions() {
        if (configuration.getStateRepository() != null) {
            return configuration.getStateRepository();
        }
        Path directory = configuration.getStateDirectory() != null
                ? Path.of(configuration.getStateDirectory())
                : Path.of(System.getProperty("user.home"), ".camel-jira", "state");
        return ((JiraComponent) getComponent()).fileStateRepository(
                directory.resolve(operation.resource() + "-poll.properties"));
    }

    /** The connection, the operation and the query: a poller keeps its own position even beside others. */
    String pollingPositionKey() throws Exception {
        if (configuration.getStateKey() != null && !configuration.getStateKey().isBlank()) {
            return configuration.getStateKey();
        }
        String identity = configuration.getConnection() + "|" + configuration.getConnectionOptions().getSite() + "|"
                + configuration.getConnectionOptions().getCloudId()
                + "|" + operation + "|" + configuration.getOn() + "|" + configuration.getJql();
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
        return operation.resource() + "-" + operation.action() + "-" + HexFormat.of().formatHex(hash, 0, 8);
    }

    /** The shared client of this endpoint's connection. */
    public JiraClient client() {
        // Looked up once: finding the connection digests every setting, which cost ~10% of a call's CPU (benchmark).
        JiraClient shared = client;
        if (shared == null) {
            shared = ((JiraComponent) getComponent()).client(configuration);
            client = shared;
        }
        return shared;
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        super.doStop();
    }

    /** Where the component reports each completed action, for metrics. */
    public JiraCallObserver callObserver() {
        return ((JiraComponent) getComponent()).getCallObserver();
    }

    public JiraOperation getOperation() {
        return operation;
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    /** This endpoint's connection (the generated configurer binds the connection options here). */
    public JiraConnection getConnectionOptions() {
        return configuration.getConnectionOptions();
    }

    public JiraConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(JiraConfiguration configuration) {
        this.configuration = configuration;
    }
}
