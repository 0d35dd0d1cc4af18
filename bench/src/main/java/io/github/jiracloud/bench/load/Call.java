package io.github.jiracloud.bench.load;

/** One request as a client variant makes it; throwing counts as a failed call. */
@FunctionalInterface
public interface Call {

    /**
     * @param worker the calling thread's number, 0..concurrency-1
     * @param sequence the call's number within that thread, from 0
     */
    void call(int worker, long sequence) throws Exception;
}
