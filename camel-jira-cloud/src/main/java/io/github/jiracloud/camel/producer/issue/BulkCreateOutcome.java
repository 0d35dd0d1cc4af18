package io.github.jiracloud.camel.producer.issue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.producer.bulk.BulkOutcome;
import org.apache.camel.Exchange;

/**
 * What a bulk create achieved across its requests, by index in the whole input: the issues created and the elements
 * refused or never sent. Jira numbers a refused element within its request; this puts it back in the input.
 */
final class BulkCreateOutcome {

    private final SortedMap<Integer, Object> created = new TreeMap<>();
    private final List<Map<String, Object>> errors = new ArrayList<>();

    /**
     * One request's answer: Jira's created issues in request order, and a BulkOperationErrorResult per refused
     * element.
     */
    void add(int start, int size, List<?> issues, List<?> elementErrors) {
        Set<Integer> refused = new HashSet<>();
        for (Object item : elementErrors) {
            Map<?, ?> error = item instanceof Map<?, ?> map ? map : Map.of();
            Integer number = error.get("failedElementNumber") instanceof Number n ? n.intValue() : null;
            if (number != null) {
                refused.add(number);
            }
            Map<?, ?> details = error.get("elementErrors") instanceof Map<?, ?> map ? map : Map.of();
            errors.add(BulkOutcome.error(number == null ? null : start + number,
                    error.get("status") instanceof Number status ? status.intValue() : 400,
                    details.get("errorMessages") instanceof List<?> messages ? messages : List.of(),
                    details.get("errors") instanceof Map<?, ?> fields ? fields : Map.of()));
        }
        Iterator<?> next = issues.iterator();
        for (int offset = 0; offset < size && next.hasNext(); offset++) {
            if (!refused.contains(offset)) {
                created.put(start + offset, next.next());
            }
        }
    }

    /** A request that failed as a whole: its elements, and those of the requests after it, were not created. */
    void failed(int start, int size, int total, JiraException e) {
        String outcome = e.getStatus() == 0
                ? "Not confirmed: the request got no answer, so this issue may or may not have been created: "
                : "Not created: the request for elements " + start + ".." + (start + size - 1) + " failed: ";
        for (int index = start; index < start + size; index++) {
            errors.add(BulkOutcome.error(index, e.getStatus(), List.of(outcome + e.getMessage()), Map.of()));
        }
        for (int index = start + size; index < total; index++) {
            errors.add(BulkOutcome.error(index, 0, List.of("Not sent: an earlier request of this bulk create failed"),
                    Map.of()));
        }
    }

    /** The created issues as the body in input order, the errors in CamelJiraBulkErrors, the count created. */
    void putOn(Exchange exchange) {
        errors.sort(Comparator.comparing(error -> (Integer) error.get("index"),
                Comparator.nullsLast(Comparator.naturalOrder())));
        exchange.getMessage().setHeader(JiraConstants.BULK_ERRORS, List.copyOf(errors));
        exchange.getMessage().setHeader(JiraConstants.RESULT_COUNT, created.size());
        exchange.getMessage().setBody(new ArrayList<>(created.values()));
    }
}
