package io.github.jiracloud.camel.client;

/**
 * A connection's HTTP pool at one moment: connections in use by calls ({@code leased}), idle and ready
 * ({@code available}), calls waiting for one ({@code pending}), and the pool's size. Once no call is running,
 * {@code leased} is back to 0: anything else is a connection that a call never gave back.
 */
public record ConnectionPoolStats(int leased, int available, int pending, int max) {
}
