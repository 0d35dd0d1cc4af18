package io.github.jiracloud.camel.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.error.JiraBadRequestException;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraServerException;
import io.github.jiracloud.camel.error.JiraTransportException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExactlyOnceTest {

    private final List<String> told = new ArrayList<>();
    private final ExactlyOnce.Attempts attempts = new ExactlyOnce.Attempts() {
        @Override
        public void failed(boolean mayHaveTakenEffect) {
            told.add(mayHaveTakenEffect ? "failed, may have taken effect" : "failed, refused");
        }

        @Override
        public void succeeded() {
            told.add("succeeded");
        }
    };

    @Test
    void theRequestCarriesTheKeyReplacingAnEntryOfTheSameNameAndKeepingOthers() {
        ObjectNode body = JsonCodec.MAPPER.createObjectNode();
        body.putArray("properties").add(property("camel.idempotency", "stale")).add(property("team", "ops"));
        JiraRequest create = JiraRequest.post("/rest/api/3/issue", body)
                .withExactlyOnce(new ExactlyOnce("k-1", () -> Optional.empty(), false, attempts));

        assertThat(create.body().path("properties").toString())
                .isEqualTo("[{\"key\":\"team\",\"value\":{\"key\":\"ops\"}},"
                        + "{\"key\":\"camel.idempotency\",\"value\":{\"key\":\"k-1\"}}]");
        assertThat(body.path("properties")).as("the caller's body is not changed").hasSize(2);
        assertThat(create.withQuery("expand", "names").body()).isEqualTo(create.body());
    }

    @Test
    void aRefusalLeavesNothingThatWantsLookingForButALostAnswerOrAGatewayErrorDoes() {
        ExactlyOnce once = new ExactlyOnce("k-2", null, false, attempts);

        assertThatThrownBy(() -> once.attempt(() -> {
            throw new JiraBadRequestException(details(400));
        })).isInstanceOf(JiraBadRequestException.class);
        assertThatThrownBy(() -> once.attempt(() -> {
            throw new JiraServerException(details(503));
        })).isInstanceOf(JiraServerException.class);
        assertThatThrownBy(() -> once.attempt(() -> {
            throw new JiraServerException(details(504));
        })).isInstanceOf(JiraServerException.class);
        assertThatThrownBy(() -> once.attempt(() -> {
            throw new JiraTransportException(details(0), null);
        })).isInstanceOf(JiraTransportException.class);
        assertThat(once.attempt(() -> "created")).isEqualTo("created");

        assertThat(told).containsExactly("failed, refused", "failed, refused", "failed, may have taken effect",
                "failed, may have taken effect", "succeeded");
    }

    @Test
    void afterAnAttemptThatMayHaveTakenEffectEveryFailureStillMay() {
        ExactlyOnce redelivery = new ExactlyOnce("k-3", () -> Optional.empty(), true, attempts);

        assertThat(redelivery.looksFirst()).isTrue();
        assertThat(new ExactlyOnce("k-3", null, true, attempts).looksFirst()).as("nothing to look with").isFalse();
        assertThatThrownBy(() -> redelivery.attempt(() -> {
            throw new JiraBadRequestException(details(400));
        })).isInstanceOf(JiraBadRequestException.class);
        assertThat(told).containsExactly("failed, may have taken effect");
        assertThat(ExactlyOnce.carries(Map.of("key", "k-3"), "k-3")).isTrue();
        assertThat(ExactlyOnce.carries(Map.of("key", "k-4"), "k-3")).isFalse();
    }

    private static ObjectNode property(String key, String value) {
        ObjectNode property = JsonCodec.MAPPER.createObjectNode().put("key", key);
        property.putObject("value").put("key", value);
        return property;
    }

    private static JiraErrorDetails details(int status) {
        return new JiraErrorDetails(status, "POST", "/rest/api/3/issue", List.of("test"), null, null, null);
    }
}
