package io.github.jiracloud.camel.connection;

import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The connection value: how a named connection lies over the component's, when two are one, what it prints. */
class JiraConnectionTest {

    @Test
    void aConnectionOverAnotherKeepsWhatItSetsAndTakesTheRest() {
        JiraConnection component = new JiraConnection();
        component.setAuth("oauth2");
        component.setScopes("read:jira-work");
        component.setMaxRetries(1);
        component.setTokenStore(new InMemoryTokenStore());
        JiraConnection named = new JiraConnection();
        named.setAuth("basic");
        named.setSite("partner.atlassian.net");
        named.setConnectTimeout(2500);

        JiraConnection merged = named.over(component);

        assertThat(merged.getAuth()).as("set to the default's value, still its own").isEqualTo("basic");
        assertThat(merged.getSite()).isEqualTo("partner.atlassian.net");
        assertThat(merged.getConnectTimeout()).isEqualTo(2500);
        assertThat(merged.getScopes()).isEqualTo("read:jira-work");
        assertThat(merged.getMaxRetries()).isEqualTo(1);
        assertThat(merged.getTokenStore()).isSameAs(component.getTokenStore());
        assertThat(merged.getResponseTimeout()).as("unset everywhere: the default").isEqualTo(60000);
        assertThat(component.getSite()).as("the one below is not changed").isNull();
        assertThat(named.getScopes()).as("nor the one above").isNull();
    }

    @Test
    void anOptionLeftUnsetEqualsItsDefaultSetExplicitly() {
        JiraConnection unset = new JiraConnection();
        JiraConnection explicit = new JiraConnection();
        explicit.setAuth("basic");
        explicit.setMaxRetries(5);
        explicit.setApiUrl("https://api.atlassian.com");

        assertThat(explicit).isEqualTo(unset).hasSameHashCodeAs(unset);
    }

    @Test
    void connectionsDifferInAnyOptionSecretsAndBeansIncluded() {
        JiraConnection one = new JiraConnection();
        one.setApiToken("token-1");
        JiraConnection other = one.copy();
        other.setApiToken("token-2");
        JiraConnection withStore = one.copy();
        withStore.setTokenStore(new InMemoryTokenStore());
        JiraConnection withAnotherStore = one.copy();
        withAnotherStore.setTokenStore(new InMemoryTokenStore());

        assertThat(one).isEqualTo(one.copy()).isNotEqualTo(other).isNotEqualTo(withStore);
        assertThat(withStore).isNotEqualTo(withAnotherStore);
    }

    @Test
    void printsWhatIsSetButNeitherSecretsNorTheInsideOfBeans() {
        JiraConnection connection = new JiraConnection();
        connection.setSite("acme.atlassian.net");
        connection.setApiToken("S3CR3T-apitoken");
        connection.setClientSecret("S3CR3T-client");
        connection.setRefreshToken("S3CR3T-refresh");
        SSLContextParameters tls = new SSLContextParameters();
        KeyManagersParameters keys = new KeyManagersParameters();
        keys.setKeyPassword("S3CR3T-keystore");
        KeyStoreParameters store = new KeyStoreParameters();
        store.setPassword("S3CR3T-keystore");
        keys.setKeyStore(store);
        tls.setKeyManagers(keys);
        connection.setSslContextParameters(tls);

        assertThat(connection.toString()).doesNotContain("S3CR3T").contains("site=acme.atlassian.net")
                .contains("apiToken=***").contains("sslContextParameters=SSLContextParameters")
                .doesNotContain("proxyHost");
    }
}
