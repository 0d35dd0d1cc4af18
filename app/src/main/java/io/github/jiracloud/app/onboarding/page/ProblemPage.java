package io.github.jiracloud.app.onboarding.page;

/** Connecting failed: what happened and what to do, with the way back. */
public final class ProblemPage {

    private ProblemPage() {
    }

    public static String render(String message) {
        return Html.document("Connecting failed", "<h1>Connecting failed</h1>"
                + "<div class=\"notice bad\" role=\"alert\">" + Html.text(message) + "</div>"
                + "<p>Nothing was saved. <a class=\"button secondary\" href=\"/jira/connections\">Back to the "
                + "connections</a></p>");
    }
}
