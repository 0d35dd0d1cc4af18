package io.github.jiracloud.bench.clients;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * Counts every HTTP answer a jira: connection gets, retries included, by status: plugged in through the
 * component's {@code httpClientConfigurer} option, so the count is the client's own view.
 */
public final class StatusCounter implements HttpClientConfigurer {

    private final AtomicLongArray counts = new AtomicLongArray(600);

    @Override
    public void configureHttpClient(HttpClientBuilder builder) {
        builder.addResponseInterceptorLast((response, entity, context) -> {
            int code = response.getCode();
            if (code >= 0 && code < counts.length()) {
                counts.incrementAndGet(code);
            }
        });
    }

    public long count(int status) {
        return counts.get(status);
    }

    public long total() {
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }

    public Map<String, Long> byStatus() {
        Map<String, Long> map = new TreeMap<>();
        for (int i = 0; i < counts.length(); i++) {
            if (counts.get(i) > 0) {
                map.put(Integer.toString(i), counts.get(i));
            }
        }
        return map;
    }

    public void reset() {
        for (int i = 0; i < counts.length(); i++) {
            counts.set(i, 0);
        }
    }
}
