package io.github.jiracloud.camel.producer.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.producer.issue.TransitionIssue;

/**
 * bulk/transition: {@code POST /rest/api/3/bulk/issues/transition} by transition name or id. Transition ids belong to
 * workflows, so Jira is asked which transitions the issues have now ({@code GET /rest/api/3/bulk/issues/transition},
 * grouped by workflow, only those all of a group's issues share) and the name is looked for in each group, as
 * issue/transition reads it. A group that doesn't share it is asked again status by status, since issues in
 * different statuses offer different transitions; issues that don't have it at all are reported, not sent. Jira takes
 * one input per workflow in a request, so a workflow reaching the name by two transition ids takes two requests.
 */
final class BulkTransition implements BulkChange {

    private static final String PATH = "/rest/api/3/bulk/issues/transition";

    private final String wanted;
    private final boolean sendBulkNotification;

    BulkTransition(String wanted, boolean sendBulkNotification) {
        this.wanted = wanted;
        this.sendBulkNotification = sendBulkNotification;
    }

    @Override
    public List<Submission> submissions(List<BulkIssue> issues, JiraClient client, BulkOutcome outcome) {
        // Per workflow (as Jira groups them), the transition id the name leads to and its issues.
        List<Map<String, List<BulkIssue>>> workflows = new ArrayList<>();
        List<Group> groups = groups(issues, client);
        java.util.Set<Integer> grouped = new java.util.HashSet<>();
        groups.forEach(group -> group.issues().forEach(issue -> grouped.add(issue.index())));
        List<BulkIssue> ungrouped = issues.stream().filter(issue -> !grouped.contains(issue.index())).toList();
        refuse(ungrouped, List.of(), outcome);
        for (Group group : groups) {
            Map<String, List<BulkIssue>> byTransition = new LinkedHashMap<>();
            Optional<Map<?, ?>> shared = TransitionIssue.find(wanted, "in a workflow", group.transitions());
            if (shared.isPresent()) {
                byTransition.put(String.valueOf(shared.get().get("id")), group.issues());
            } else {
                byStatus(group, client, byTransition, outcome);
            }
            if (!byTransition.isEmpty()) {
                workflows.add(byTransition);
            }
        }
        List<Submission> submissions = new ArrayList<>();
        for (int round = 0; workflows.stream().anyMatch(workflow -> !workflow.isEmpty()); round++) {
            ObjectNode body = JsonCodec.MAPPER.createObjectNode();
            List<BulkIssue> covered = new ArrayList<>();
            for (Map<String, List<BulkIssue>> workflow : workflows) {
                if (workflow.isEmpty()) {
                    continue;
                }
                Map.Entry<String, List<BulkIssue>> input = workflow.entrySet().iterator().next();
                workflow.remove(input.getKey());
                ObjectNode json = body.withArray("bulkTransitionInputs").addObject();
                BulkChange.ids(json.putArray("selectedIssueIdsOrKeys"), input.getValue());
                json.put("transitionId", input.getKey());
                covered.addAll(input.getValue());
            }
            body.put("sendBulkNotification", sendBulkNotification);
            submissions.add(new Submission(PATH, body, covered));
        }
        return submissions;
    }

    /** A workflow's issues that share no transition of that name: asked again per status. */
    private void byStatus(Group group, JiraClient client, Map<String, List<BulkIssue>> byTransition,
            BulkOutcome outcome) {
        Map<String, List<BulkIssue>> byStatus = group.issues().stream()
                .collect(Collectors.groupingBy(issue -> String.valueOf(issue.statusId()), LinkedHashMap::new,
                        Collectors.toList()));
        if (byStatus.size() == 1) {
            refuse(group.issues(), group.transitions(), outcome);
            return;
        }
        for (List<BulkIssue> sameStatus : byStatus.values()) {
            for (Group sub : groups(sameStatus, client)) {
                Optional<Map<?, ?>> found = TransitionIssue.find(wanted, "in a workflow", sub.transitions());
                if (found.isPresent()) {
                    byTransition.computeIfAbsent(String.valueOf(found.get().get("id")), id -> new ArrayList<>())
                            .addAll(sub.issues());
                } else {
                    refuse(sub.issues(), sub.transitions(), outcome);
                }
            }
        }
    }

    private void refuse(List<BulkIssue> issues, List<?> available, BulkOutcome outcome) {
        String message = "The issue has no transition '" + wanted + "' now. Available now: "
                + TransitionIssue.offered(available);
        issues.forEach(issue -> outcome.failed(issue, 400, List.of(message), null));
    }

    /** One workflow's issues and the transitions they all have now ({@code {id, name}} each). */
    private record Group(List<BulkIssue> issues, List<Map<String, Object>> transitions) {
    }

    /** Jira's workflow groups for these issues, every page. */
    private static List<Group> groups(List<BulkIssue> issues, JiraClient client) {
        Map<String, BulkIssue> byKey = new LinkedHashMap<>();
        issues.forEach(issue -> byKey.putIfAbsent(issue.key().toUpperCase(Locale.ROOT), issue));
        String ids = issues.stream().map(BulkIssue::id).distinct().collect(Collectors.joining(","));
        List<Group> groups = new ArrayList<>();
        String startingAfter = null;
        do {
            Object answer = client.call(JiraRequest.get(PATH).withQuery("issueIdsOrKeys", ids)
                    .withQuery("startingAfter", startingAfter));
            Map<?, ?> page = answer instanceof Map<?, ?> map ? map : Map.of();
            if (page.get("availableTransitions") instanceof List<?> workflows) {
                for (Object workflow : workflows) {
                    groups.add(group((Map<?, ?>) workflow, byKey, issues));
                }
            }
            startingAfter = page.get("startingAfter") == null ? null : page.get("startingAfter").toString();
        } while (startingAfter != null);
        return groups;
    }

    private static Group group(Map<?, ?> workflow, Map<String, BulkIssue> byKey, List<BulkIssue> all) {
        List<BulkIssue> issues = new ArrayList<>();
        if (workflow.get("issues") instanceof List<?> keys) {
            for (Object key : keys) {
                BulkIssue issue = byKey.get(String.valueOf(key).toUpperCase(Locale.ROOT));
                if (issue != null) {
                    // every input position of that issue (it may have been given twice)
                    all.stream().filter(each -> each.id().equals(issue.id())).forEach(issues::add);
                }
            }
        }
        List<Map<String, Object>> transitions = new ArrayList<>();
        if (workflow.get("transitions") instanceof List<?> offered) {
            for (Object item : offered) {
                Map<?, ?> transition = (Map<?, ?>) item;
                Map<String, Object> simple = new LinkedHashMap<>();
                simple.put("id", String.valueOf(transition.get("transitionId")));
                simple.put("name", transition.get("transitionName"));
                transitions.add(simple);
            }
        }
        return new Group(issues, transitions);
    }
}
