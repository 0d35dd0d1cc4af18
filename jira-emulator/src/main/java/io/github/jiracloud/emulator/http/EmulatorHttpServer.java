package io.github.jiracloud.emulator.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** The JDK's built-in HTTP server on one port, with a fixed pool of worker threads. */
public final class EmulatorHttpServer {

    /** Enough for benchmark clients with many connections; handlers are short, except injected delays. */
    private static final int WORKERS = 48;
    private static final int BACKLOG = 1024;

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, every response then
        // waits ~40 ms for the client's delayed ACK. The setting is read once per JVM, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;

    public EmulatorHttpServer(String bindAddress, int port, HttpHandler handler) {
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + bindAddress + ":" + port, e);
        }
        workers = Executors.newFixedThreadPool(WORKERS, daemonThreads());
        server.createContext("/", handler);
        server.setExecutor(workers);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "jira-emulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
