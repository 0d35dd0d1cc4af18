package io.github.jiracloud.app.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.github.jiracloud.app.onboarding.page.ConnectionRow;
import io.github.jiracloud.app.onboarding.page.ConnectionsPage;
import io.github.jiracloud.app.onboarding.page.Html;
import io.github.jiracloud.app.onboarding.page.ProblemPage;
import io.github.jiracloud.app.onboarding.page.SiteChoicePage;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages escape everything they show, and switched off they are not served at all. */
class OnboardingPagesTest {

    private static final String HOSTILE = "<script>alert('x')</script>\"&";

    @Test
    void everyValueIsEscapedInTextAndInAttributes() {
        String status = ConnectionsPage.render(List.of(new ConnectionRow(HOSTILE, HOSTILE,
                ConnectionRow.Status.CONNECTED, HOSTILE, HOSTILE, HOSTILE, List.of(HOSTILE), Instant.EPOCH,
                Instant.EPOCH, HOSTILE, true)), HOSTILE);
        String choice = SiteChoicePage.render(HOSTILE, HOSTILE, List.of(new SiteChoicePage.Option(HOSTILE, HOSTILE,
                HOSTILE)));
        String problem = ProblemPage.render(HOSTILE);

        for (String page : List.of(status, choice, problem)) {
            assertThat(page).doesNotContain("<script>", "'x'").contains("&lt;script&gt;alert(&#39;x&#39;)");
        }
        // the connect link's path segment is URL-encoded before it is escaped
        assertThat(status).contains("href=\"/jira/connect/%3Cscript%3Ealert%28%27x%27%29%3C%2Fscript%3E%22%26\"");
        assertThat(Html.text(HOSTILE)).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;");
    }

    @Test
    void switchedOffTheRoutesAreNotRegistered() {
        Vertx vertx = Vertx.vertx();
        try {
            Router router = Router.router(vertx);
            OnboardingRoutes routes = new OnboardingRoutes();
            routes.settings = settings(false);
            routes.register(router);

            assertThat(router.getRoutes()).isEmpty();

            routes.settings = settings(true);
            routes.register(router);
            assertThat(router.getRoutes()).extracting(route -> route.getPath())
                    .contains("/jira/connections", "/jira/callback", "/jira/onboarding.css");
        } finally {
            vertx.close();
        }
    }

    private static OnboardingSettings settings(boolean enabled) {
        return new OnboardingSettings() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Optional<String> publicUrl() {
                return Optional.empty();
            }
        };
    }
}
