package io.github.jiracloud.app.onboarding.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The consent covers several sites: the user picks the one the connection works with. */
public final class SiteChoicePage {

    /** A site to choose. */
    public record Option(String cloudId, String name, String url) {
    }

    private SiteChoicePage() {
    }

    /** @param choice the single-use id of the waiting choice; it is not a secret of Atlassian's, only of this form */
    public static String render(String connection, String choice, List<Option> sites) {
        StringBuilder body = new StringBuilder("<h1>Choose a site for ").append(Html.text(connection)).append("</h1>")
                .append("<p class=\"lead\">Your consent gives access to ").append(sites.size())
                .append(" Jira sites. Connection <strong>").append(Html.text(connection))
                .append("</strong> works with one of them; nothing is saved until you choose.</p>")
                .append("<form method=\"post\" action=\"/jira/connect/")
                .append(Html.text(URLEncoder.encode(connection, StandardCharsets.UTF_8))).append("/site\">")
                .append("<input type=\"hidden\" name=\"choice\" value=\"").append(Html.text(choice)).append("\">")
                .append("<fieldset class=\"card\"><legend class=\"small\">Sites</legend>");
        boolean first = true;
        for (Option site : sites) {
            body.append("<label class=\"site\"><input type=\"radio\" name=\"cloudId\" value=\"")
                    .append(Html.text(site.cloudId())).append("\"").append(first ? " checked" : "").append("> ")
                    .append("<strong>").append(Html.text(site.name())).append("</strong> <span class=\"small\">")
                    .append(Html.text(site.url())).append("</span></label>");
            first = false;
        }
        body.append("</fieldset><div class=\"actions\"><button class=\"button\" type=\"submit\">Use this site</button> "
                + "<a class=\"button secondary\" href=\"/jira/connections\">Cancel</a></div></form>");
        return Html.document("Choose a site", body.toString());
    }
}
