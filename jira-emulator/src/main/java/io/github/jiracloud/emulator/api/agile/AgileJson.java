package io.github.jiracloud.emulator.api.agile;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.api.PageWindow;
import io.github.jiracloud.emulator.data.Board;
import io.github.jiracloud.emulator.data.JiraTime;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.Sprint;
import io.github.jiracloud.emulator.http.Links;
import io.github.jiracloud.emulator.routing.Call;

/** The Agile API's JSON of boards and sprints, with {@code self} links of the caller's URL style. */
final class AgileJson {

    static final int MAX_PAGE = 50;

    private final Links links;

    AgileJson(Links links) {
        this.links = links;
    }

    String self(String path) {
        return links.root() + "/rest/agile/1.0" + path;
    }

    Map<String, Object> board(Board board, Optional<Project> project) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", board.id());
        json.put("self", self("/board/" + board.id()));
        json.put("name", board.name());
        json.put("type", board.type());
        project.ifPresent(located -> json.put("location", location(located)));
        json.put("isPrivate", false);
        return json;
    }

    private Map<String, Object> location(Project project) {
        String displayName = project.name() + " (" + project.key() + ")";
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("projectId", Long.parseLong(project.id()));
        json.put("displayName", displayName);
        json.put("projectName", project.name());
        json.put("projectKey", project.key());
        json.put("projectTypeKey", project.typeKey());
        json.put("avatarURI", links.avatar("project", project.id(), "small"));
        json.put("name", displayName);
        return json;
    }

    /** A sprint as {@code GET /sprint/{sprintId}} answers; dates only once set. */
    Map<String, Object> sprint(Sprint sprint) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", sprint.id());
        json.put("self", self("/sprint/" + sprint.id()));
        json.put("state", sprint.state());
        json.put("name", sprint.name());
        putDate(json, "startDate", sprint.startDate());
        putDate(json, "endDate", sprint.endDate());
        putDate(json, "completeDate", sprint.completeDate());
        putDate(json, "createdDate", sprint.createdDate());
        json.put("originBoardId", sprint.originBoardId());
        if (sprint.goal() != null) {
            json.put("goal", sprint.goal());
        }
        return json;
    }

    /**
     * The Agile API's page of boards or sprints: {@code values} with {@code startAt}, {@code total} and {@code isLast}.
     */
    static Map<String, Object> page(List<?> all, PageWindow window) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("maxResults", window.maxResults());
        json.put("startAt", window.startAt());
        json.put("total", all.size());
        json.put("isLast", window.isLast(all.size()));
        json.put("values", window.slice(all));
        return json;
    }

    /**
     * The window of an Agile list. Jira Software serves at most 50 items a page whatever the caller asks for, so
     * clients must follow {@code isLast}/{@code total} rather than trust their page size.
     */
    static PageWindow window(Call call) {
        return PageWindow.of(call, MAX_PAGE, MAX_PAGE);
    }

    private static void putDate(Map<String, Object> json, String name, Instant date) {
        if (date != null) {
            json.put(name, JiraTime.formatIso(date));
        }
    }
}
