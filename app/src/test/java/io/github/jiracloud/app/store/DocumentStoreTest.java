package io.github.jiracloud.app.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import io.github.jiracloud.app.store.DocumentStore.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two stores keep the same promises: documents by kind, visible to every replica (every instance on the same
 * folder or API server), and compare-and-swap, so no write is lost to a race. ConfigMaps on fabric8's mock server.
 */
class DocumentStoreTest {

    enum Kind {
        FILE, CONFIG_MAP
    }

    @TempDir
    Path folder;
    private KubernetesMock kubernetes;

    @BeforeEach
    void start() {
        kubernetes = new KubernetesMock();
    }

    @AfterEach
    void stop() {
        kubernetes.close();
    }

    /** A new instance on the same storage: another replica, or the same one after a restart. */
    private Supplier<DocumentStore> stores(Kind kind) {
        return kind == Kind.FILE ? () -> new FileDocumentStore(folder) : kubernetes::store;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDocumentWrittenByOneInstanceIsReadAndReplacedByAnother(Kind kind) {
        DocumentStore podA = stores(kind).get();
        DocumentStore podB = stores(kind).get();

        assertThat(podA.create("failed-exchange", "fx-1", Map.of("entry", "{\"a\": 1}"))).isTrue();
        assertThat(podB.create("failed-exchange", "fx-1", Map.of("entry", "other"))).as("the name is taken")
                .isFalse();
        podA.create("records", "fx-1", Map.of("k.x", "1"));

        Document read = podB.get("failed-exchange", "fx-1").orElseThrow();
        assertThat(read.data()).containsExactly(Map.entry("entry", "{\"a\": 1}"));
        assertThat(podB.replace(read, Map.of("entry", "{\"a\": 2}"))).isTrue();
        assertThat(podA.get("failed-exchange", "fx-1").orElseThrow().data()).containsEntry("entry", "{\"a\": 2}");
        assertThat(podA.replace(read, Map.of("entry", "stale"))).as("a replace as of an old version loses")
                .isFalse();
        assertThat(podB.get("records", "fx-1").orElseThrow().data()).containsEntry("k.x", "1");
        assertThat(podB.get("records", "fx-2")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void concurrentCompareAndSwapIncrementsLoseNothing(Kind kind) throws Exception {
        stores(kind).get().create("records", "counter", Map.of("n", "0"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            DocumentStore replica = stores(kind).get();
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    while (true) {
                        Document read = replica.get("records", "counter").orElseThrow();
                        int next = Integer.parseInt(read.data().get("n")) + 1;
                        if (replica.replace(read, Map.of("n", String.valueOf(next)))) {
                            break;
                        }
                    }
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();

        assertThat(stores(kind).get().get("records", "counter").orElseThrow().data()).containsEntry("n", "40");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void namesThatAreNoKubernetesNamesAndDocumentsOverOneMebibyteAreRefused(Kind kind) {
        DocumentStore store = stores(kind).get();

        assertThatThrownBy(() -> store.create("records", "Not_A_Name", Map.of())).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> store.create("records", "big", Map.of("x", "y".repeat(1_000_001))))
                .isInstanceOf(DocumentStore.DocumentTooLargeException.class);
        assertThat(store.get("records", "big")).isEmpty();
    }

    @Test
    void aFileWriteKilledHalfwayLeavesTheOldDocumentWhole() throws Exception {
        FileDocumentStore store = new FileDocumentStore(folder);
        store.create("records", "shard-0", Map.of("k.a", "1"));
        // What a process killed inside a write leaves: the temporary file, never a half-written document.
        Files.writeString(folder.resolve("records").resolve("shard-0.json.tmp"), "{\"version\": 2, \"da");

        FileDocumentStore restarted = new FileDocumentStore(folder);
        assertThat(restarted.get("records", "shard-0").orElseThrow().data()).isEqualTo(Map.of("k.a", "1"));
        Document read = restarted.get("records", "shard-0").orElseThrow();
        assertThat(restarted.replace(read, Map.of("k.a", "2"))).isTrue();
        assertThat(new FileDocumentStore(folder).get("records", "shard-0").orElseThrow().data())
                .containsEntry("k.a", "2");
    }
}
