package org.linkagemapper.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Proof that concurrent editors lose nothing: 8 threads for a bounded time create overlapping ids
 * and update the same actors with If-Match. Each thread opens with two writes the threads release
 * together (one create of the same id, one update carrying the same ETag), so clashing creates and
 * stale If-Match answers are sure to happen. Afterwards no id exists twice, every id was created
 * once, every update that was answered 200 is in the graph, and the change log has one entry per
 * write, numbered without gaps.
 */
class ConcurrentEditorsTest extends CurationTestBase {

  static final int THREADS = 8;
  static final Duration RUN = Duration.ofSeconds(12);

  @Test
  void concurrentEditorsLeaveNoDuplicateIdsAndLoseNoUpdate() throws Exception {
    Map<String, AtomicInteger> created = new ConcurrentHashMap<>();
    Map<String, Set<String>> applied = new ConcurrentHashMap<>();
    AtomicInteger stale = new AtomicInteger();
    AtomicInteger clashes = new AtomicInteger();
    AtomicInteger writes = new AtomicInteger();
    List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
    long deadline = System.nanoTime() + RUN.toNanos();
    CyclicBarrier together = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      String user = t % 2 == 0 ? ALICE : BOB;
      threads.add(pool.submit(() -> {
        together.await(60, TimeUnit.SECONDS);
        Answer first = post("/api/curation/mechanisms", user, mechanism("conc-0"));
        if (first.status() == 201) {
          created.computeIfAbsent("conc-0", k -> new AtomicInteger()).incrementAndGet();
          writes.incrementAndGet();
        } else if (first.status() == 409) {
          clashes.incrementAndGet();
        } else {
          unexpected.add("create " + first.status() + " " + first.body());
        }
        Answer arf = get("/api/curation/mechanisms/arf");
        List<String> before = new ArrayList<>();
        if (arf.json().get("aliases") != null) {
          arf.json().get("aliases").forEach(a -> before.add(a.asString()));
        }
        String opening = "t%d-opening".formatted(thread);
        before.add(opening);
        together.await(60, TimeUnit.SECONDS);
        Answer update = patch("/api/curation/mechanisms/arf", user, arf.header("ETag"), Map.of("aliases", before));
        if (update.status() == 200) {
          applied.computeIfAbsent("arf", k -> ConcurrentHashMap.newKeySet()).add(opening);
          writes.incrementAndGet();
        } else if (update.status() == 412) {
          stale.incrementAndGet();
        } else {
          unexpected.add("update " + update.status() + " " + update.body());
        }
        int n = 0;
        while (System.nanoTime() < deadline && unexpected.size() < 5) {
          ThreadLocalRandom random = ThreadLocalRandom.current();
          if (random.nextInt(3) == 0) {
            String id = "conc-" + random.nextInt(12);
            Answer answer = post("/api/curation/mechanisms", user, mechanism(id));
            if (answer.status() == 201) {
              created.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
              writes.incrementAndGet();
            } else if (answer.status() == 409) {
              clashes.incrementAndGet();
            } else {
              unexpected.add("create " + answer.status() + " " + answer.body());
            }
          } else {
            List<String> targets = new ArrayList<>(List.of("arf", "telmin", "asean-certs"));
            targets.addAll(created.keySet());
            String id = targets.get(random.nextInt(targets.size()));
            String token = "t%d-%d".formatted(thread, n++);
            while (System.nanoTime() < deadline) {
              Answer read = get("/api/curation/mechanisms/" + id);
              List<String> aliases = new ArrayList<>();
              JsonNode current = read.json().get("aliases");
              if (current != null) {
                current.forEach(a -> aliases.add(a.asString()));
              }
              aliases.add(token);
              Answer answer = patch("/api/curation/mechanisms/" + id, user, read.header("ETag"), Map.of("aliases", aliases));
              if (answer.status() == 200) {
                applied.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(token);
                writes.incrementAndGet();
                break;
              } else if (answer.status() == 412) {
                stale.incrementAndGet();
              } else {
                unexpected.add("update " + answer.status() + " " + answer.body());
                break;
              }
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : threads) {
      f.get(RUN.toSeconds() + 120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(unexpected).isEmpty();
    assertThat(clashes.get()).as("creates of one id released together clash").isGreaterThanOrEqualTo(THREADS - 1);
    assertThat(stale.get()).as("updates carrying one ETag released together are stale").isGreaterThanOrEqualTo(THREADS - 1);
    assertThat(created.values()).allMatch(c -> c.get() == 1);
    try (var session = driver.session()) {
      assertThat(session.run("MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id").list()).isEmpty();
      for (var entry : applied.entrySet()) {
        var node = session.run("MATCH (n:Mechanism {id: $id}) RETURN n.aliases AS aliases, n.version AS version", Map.of("id", entry.getKey())).single();
        List<String> aliases = node.get("aliases").asList(v -> v.asString());
        assertThat(aliases).as("every update answered 200 on %s is kept", entry.getKey()).containsAll(entry.getValue());
        long expectedVersion = entry.getValue().size() + (created.containsKey(entry.getKey()) ? 1 : 0);
        assertThat(node.get("version").asLong()).as("version of %s", entry.getKey()).isEqualTo(expectedVersion);
      }
      List<Long> seqs = session.run("MATCH (c:Change) RETURN c.seq AS seq ORDER BY seq").list(r -> r.get("seq").asLong());
      assertThat(seqs).hasSize(writes.get());
      for (int i = 0; i < seqs.size(); i++) {
        assertThat(seqs.get(i)).isEqualTo(i + 1L);
      }
    }
    System.out.printf("Concurrent editors: %d threads for %d s: %d writes (%.1f/s), %d stale If-Match answered 412 and retried, %d create clashes answered 409, %d ids created once each%n",
        THREADS, RUN.toSeconds(), writes.get(), writes.get() / (double) RUN.toSeconds(), stale.get(), clashes.get(), created.size());
  }
}
