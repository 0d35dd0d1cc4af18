package io.github.jiracloud.emulator.jql;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Issues shaped like Jira Cloud's GET /rest/api/3/issue output, and a fixed context to query them with. */
final class TestIssues {

    /** "Now" for every test: 2026-11-28 12:00 UTC, a Saturday. */
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final JqlContext CONTEXT = new JqlContext("acc-alice", Clock.fixed(NOW, ZoneOffset.UTC),
            Map.of("Story Points", "customfield_10016", "Team", "10050"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = """
            {"id":"10001","key":"OPS-1","fields":{
              "project":{"id":"10000","key":"OPS","name":"Operations"},
              "issuetype":{"id":"10004","name":"Bug"},
              "status":{"id":"10000","name":"To Do","statusCategory":{"id":2,"key":"new","name":"To Do"}},
              "priority":{"id":"2","name":"High"},
              "resolution":null,
              "summary":"Login fails after password reset",
              "description":{"type":"doc","version":1,"content":[{"type":"paragraph","content":[
                  {"type":"text","text":"Users see a blank page. "},
                  {"type":"mention","attrs":{"id":"acc-bob","text":"@Bob"}}]}]},
              "labels":["backend","urgent"],
              "assignee":{"accountId":"acc-alice","displayName":"Alice","emailAddress":"alice@example.com"},
              "reporter":{"accountId":"acc-bob","displayName":"Bob"},
              "created":"2026-11-28T10:15:30.123+0000",
              "updated":"2026-11-28T11:00:00.000+0000",
              "resolutiondate":null,
              "duedate":"2026-12-01",
              "components":[{"id":"10100","name":"Auth"}],
              "fixVersions":[{"id":"10200","name":"1.0"}],
              "versions":[],
              "parent":{"id":"10000","key":"OPS-0"},
              "customfield_10016":5,
              "customfield_10050":{"id":"10300","value":"Platform"},
              "customfield_10020":[{"id":7,"name":"Sprint 7","state":"closed"},
                {"id":8,"name":"Sprint 8","state":"active"}],
              "comment":{"comments":[{"body":{"type":"doc","version":1,"content":[{"type":"paragraph","content":[
                  {"type":"text","text":"Reproduced on staging"}]}]}}]}
            }}""";

    private TestIssues() {
    }

    /** A fresh, mutable copy of the sample issue OPS-1. */
    static Map<String, Object> sample() {
        try {
            return JSON.readValue(SAMPLE, new TypeReference<>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample with other identity and the given fields replaced (null clears one). */
    static Map<String, Object> issue(String key, String id, Object... fieldNamesAndValues) {
        Map<String, Object> issue = sample();
        issue.put("key", key);
        issue.put("id", id);
        for (int i = 0; i < fieldNamesAndValues.length; i += 2) {
            fields(issue).put((String) fieldNamesAndValues[i], fieldNamesAndValues[i + 1]);
        }
        return issue;
    }

    static Map<String, Object> withField(String name, Object value) {
        return issue("OPS-1", "10001", name, value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> fields(Map<String, Object> issue) {
        return (Map<String, Object>) issue.get("fields");
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static boolean matches(String jql, Map<String, Object> issue) {
        return Jql.parse(jql, CONTEXT).matches(issue, Map.of());
    }

    static boolean matchesSample(String jql) {
        return matches(jql, sample());
    }
}
