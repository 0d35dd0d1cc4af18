package io.github.jiracloud.emulator.data;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.data.field.FieldKind;

import static io.github.jiracloud.emulator.data.field.FieldDefinition.custom;
import static io.github.jiracloud.emulator.data.field.FieldDefinition.system;
import static io.github.jiracloud.emulator.data.field.FieldDefinition.systemArray;

/**
 * The configuration of a fresh Jira Cloud software site as the emulator sets it up: the default workflow,
 * issue types, priorities, system fields, a few custom fields, the demo account, projects OPS and DEV and their boards.
 */
public final class StandardSite {

    public static final String TO_DO = "10000";
    public static final String IN_PROGRESS = "3";
    public static final String DONE = "10001";

    public static final String STORY_POINTS = "customfield_10016";
    public static final String SPRINT = "customfield_10020";
    public static final String TEAM = "customfield_10050";
    public static final String SEVERITY = "customfield_10051";
    public static final String ROOT_CAUSE = "customfield_10052";

    private static final String CUSTOM = "com.atlassian.jira.plugin.system.customfieldtypes:";

    private StandardSite() {
    }

    /** A site with the standard configuration, the demo account and a few colleagues, and two empty projects. */
    public static JiraStore create(Site site, Clock clock, String demoEmail) {
        JiraStore store = new JiraStore(site, clock, catalog());
        SiteCatalog catalog = store.catalog();
        User demo = User.person(AccountIds.forEmail(demoEmail), demoEmail, "Demo User");
        catalog.addUser(demo);
        for (String name : List.of("Alice", "Bob", "Carol")) {
            String email = name.toLowerCase(Locale.ROOT) + "@example.com";
            catalog.addUser(User.person(AccountIds.forEmail(email), email, name + " Example"));
        }
        catalog.addProject(new Project("10000", "OPS", "Operations", "Run the business: incidents and chores.",
                demo.accountId(), "software"));
        catalog.addProject(new Project("10001", "DEV", "Development", "Build the product.",
                AccountIds.forEmail("alice@example.com"), "software"));
        StandardBoards.addTo(catalog.boards(), clock.instant());
        StandardProjectItems.seed(store.projectItems(), "10000", "10001", demo.accountId(),
                AccountIds.forEmail("alice@example.com"));
        return store;
    }

    static SiteCatalog catalog() {
        List<Status> statuses = List.of(
                new Status(TO_DO, "To Do", "This work item is waiting to be started.", StatusCategory.TO_DO),
                new Status(IN_PROGRESS, "In Progress", "This work item is being actively worked on.",
                        StatusCategory.IN_PROGRESS),
                new Status(DONE, "Done", "This work item is complete.", StatusCategory.DONE));
        Workflow workflow = new Workflow(TO_DO, List.of(
                new Transition("11", "To Do", Set.of(IN_PROGRESS), TO_DO),
                new Transition("21", "Start Progress", Set.of(TO_DO), IN_PROGRESS),
                new Transition("31", "Done", Set.of(TO_DO, IN_PROGRESS), DONE),
                new Transition("41", "Reopen", Set.of(DONE), TO_DO)));
        return new SiteCatalog(issueTypes(), priorities(), statuses, resolutions(), workflow, fields(),
                Map.of(SEVERITY, List.of(new SelectOption("10100", "Critical"), new SelectOption("10101", "Major"),
                        new SelectOption("10102", "Minor"))));
    }

    private static List<IssueType> issueTypes() {
        return List.of(
                new IssueType("10000", "Epic", "A big user story that needs to be broken down.", 1, 10307),
                new IssueType("10001", "Story", "A user story.", 0, 10315),
                new IssueType("10002", "Task", "A small, distinct piece of work.", 0, 10318),
                new IssueType("10003", "Sub-task", "A small piece of work that's part of a larger task.", -1, 10316),
                new IssueType("10004", "Bug", "A problem or error.", 0, 10303));
    }

    private static List<Priority> priorities() {
        return List.of(
                new Priority("1", "Highest", "This problem will block progress.", "#d04437", "highest", false),
                new Priority("2", "High", "Serious problem that could block progress.", "#f15C75", "high", false),
                new Priority("3", "Medium", "Has the potential to affect progress.", "#f79232", "medium", true),
                new Priority("4", "Low", "Minor problem or easily worked around.", "#707070", "low", false),
                new Priority("5", "Lowest", "Trivial problem with little or no impact on progress.", "#999999",
                        "lowest", false));
    }

    private static List<Resolution> resolutions() {
        return List.of(
                new Resolution("10000", "Done", "Work has been completed on this work item."),
                new Resolution("10001", "Won't Do", "This work item won't be actioned."),
                new Resolution("10002", "Duplicate", "The problem is a duplicate of an existing work item."),
                new Resolution("10003", "Cannot Reproduce", "This work item couldn't be reproduced."));
    }

    private static List<FieldDefinition> fields() {
        return List.of(
                system("summary", "Summary", FieldKind.TEXT, true, "string"),
                system("issuetype", "Issue Type", FieldKind.ISSUE_TYPE, true, "issuetype")
                        .withClauseNames("issuetype", "type"),
                system("project", "Project", FieldKind.PROJECT, true, "project"),
                system("description", "Description", FieldKind.ADF, true, "string"),
                system("environment", "Environment", FieldKind.ADF, true, "string"),
                system("priority", "Priority", FieldKind.PRIORITY, true, "priority"),
                system("status", "Status", FieldKind.STATUS, false, "status"),
                system("resolution", "Resolution", FieldKind.RESOLUTION, false, "resolution"),
                system("assignee", "Assignee", FieldKind.USER, true, "user"),
                system("reporter", "Reporter", FieldKind.USER, true, "user"),
                system("creator", "Creator", FieldKind.USER, false, "user"),
                systemArray("labels", "Labels", FieldKind.LABELS, true, "string"),
                system("duedate", "Due date", FieldKind.DATE, true, "date").withClauseNames("due", "duedate"),
                system("created", "Created", FieldKind.DATETIME, false, "datetime")
                        .withClauseNames("created", "createdDate"),
                system("updated", "Updated", FieldKind.DATETIME, false, "datetime")
                        .withClauseNames("updated", "updatedDate"),
                system("resolutiondate", "Resolved", FieldKind.DATETIME, false, "datetime")
                        .withClauseNames("resolutiondate", "resolved"),
                system("statuscategorychangedate", "Status Category Changed", FieldKind.DATETIME, false, "datetime"),
                system("lastViewed", "Last Viewed", FieldKind.DATETIME, false, "datetime"),
                system("parent", "Parent", FieldKind.PARENT, true, null),
                systemArray("subtasks", "Sub-tasks", FieldKind.SUBTASKS, false, "issuelinks"),
                system("comment", "Comment", FieldKind.COMMENT, false, "comments-page").notNavigable(),
                systemArray("components", "Components", FieldKind.PROJECT_ITEMS, true, "component")
                        .withClauseNames("component"),
                systemArray("fixVersions", "Fix versions", FieldKind.PROJECT_ITEMS, true, "version")
                        .withClauseNames("fixVersion"),
                systemArray("versions", "Affects versions", FieldKind.PROJECT_ITEMS, true, "version")
                        .withClauseNames("affectedVersion"),
                systemArray("issuelinks", "Linked Issues", FieldKind.CONSTANT, false, "issuelinks"),
                systemArray("attachment", "Attachment", FieldKind.CONSTANT, false, "attachment"),
                system("watches", "Watchers", FieldKind.CONSTANT, false, "watches"),
                system("votes", "Votes", FieldKind.CONSTANT, false, "votes"),
                systemArray("worklog", "Log Work", FieldKind.CONSTANT, false, "worklog").notNavigable(),
                system("timetracking", "Time tracking", FieldKind.CONSTANT, false, "timetracking"),
                system("progress", "Progress", FieldKind.CONSTANT, false, "progress"),
                system("aggregateprogress", "Σ Progress", FieldKind.CONSTANT, false, "progress"),
                system("timespent", "Time Spent", FieldKind.CONSTANT, false, "number"),
                system("timeestimate", "Remaining Estimate", FieldKind.CONSTANT, false, "number"),
                system("timeoriginalestimate", "Original estimate", FieldKind.CONSTANT, false, "number"),
                system("aggregatetimespent", "Σ Time Spent", FieldKind.CONSTANT, false, "number"),
                system("aggregatetimeestimate", "Σ Remaining Estimate", FieldKind.CONSTANT, false, "number"),
                system("aggregatetimeoriginalestimate", "Σ Original Estimate", FieldKind.CONSTANT, false, "number"),
                system("workratio", "Work Ratio", FieldKind.CONSTANT, false, "number"),
                system("security", "Security Level", FieldKind.CONSTANT, false, "securitylevel"),
                custom(10016, "Story Points", FieldKind.NUMBER, CUSTOM + "float", "number", null),
                custom(10020, "Sprint", FieldKind.SPRINT, "com.pyxis.greenhopper.jira:gh-sprint", "array", "json"),
                custom(10050, "Team", FieldKind.TEXT, CUSTOM + "textfield", "string", null),
                custom(10051, "Severity", FieldKind.OPTION, CUSTOM + "select", "option", null),
                custom(10052, "Root Cause", FieldKind.ADF, CUSTOM + "textarea", "string", null));
    }
}
