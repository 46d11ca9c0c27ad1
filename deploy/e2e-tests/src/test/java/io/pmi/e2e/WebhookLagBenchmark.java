package io.pmi.e2e;

import com.sun.net.httpserver.HttpServer;
import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.bench.BenchEnvironment;
import io.pmi.testsupport.bench.BenchHttp;
import io.pmi.testsupport.bench.BenchService;
import io.pmi.testsupport.bench.Latencies;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How soon after its commit a webhook event reaches the receiver (target: the first attempt within 2 s). Starts the
 * embedded MariaDB and the packaged interview-service, subscribes a receiver in this JVM to
 * {@code participant.erased}, then erases {@code bench.events} participants (default 300), one every
 * {@code bench.everyMs} (default 100), and measures from the end of each {@code DELETE} (the commit has happened)
 * to the receiver's first request for it. Not a test: run it as docs/benchmarks.md says.
 */
public final class WebhookLagBenchmark {

    private static final String TENANT = "lag";

    private WebhookLagBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 300);
        long everyMs = Long.getLong("bench.everyMs", 100);
        Path target = BenchEnvironment.targetDir(WebhookLagBenchmark.class);
        Path root = target.getParent().getParent().getParent();
        Map<String, Long> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            long at = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes());
            String participant = BenchHttp.JSON.readTree(body).path("data").path("participantExternalId").asText();
            received.putIfAbsent(participant, at);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        HttpClient http = BenchHttp.client();
        String hr = TestTokens.token(TENANT, "hr-lag", "HR_ADMIN");
        try (BenchEnvironment environment = BenchEnvironment.start(target)) {
            BenchService interviews = environment.startService(BenchService.Spec.of("interview-service",
                    root.resolve("interview-service/target"), "interview")
                    .env("PMI_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"));
            BenchHttp.send(http, HttpRequest.newBuilder(URI.create(interviews.baseUrl() + "/api/v1/webhooks"))
                    .header("Authorization", "Bearer " + hr).header("Content-Type", "application/json")
                    .POST(BenchHttp.json(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort()
                            + "/hooks", "events", List.of("participant.erased")))).build(), 201);
            Map<String, Long> committed = new ConcurrentHashMap<>();
            for (int i = 0; i < events; i++) {
                String id = "LAG-" + i;
                String path = interviews.baseUrl() + "/api/v1/participants/" + id;
                BenchHttp.send(http, HttpRequest.newBuilder(URI.create(path)).header("Authorization", "Bearer " + hr)
                        .header("Content-Type", "application/json")
                        .PUT(BenchHttp.json(Map.of("name", "受访者" + i, "employmentStatus", "ACTIVE"))).build(), 201);
                BenchHttp.send(http, HttpRequest.newBuilder(URI.create(path)).header("Authorization", "Bearer " + hr)
                        .DELETE().build(), 200);
                committed.put(id, System.nanoTime());
                Thread.sleep(everyMs);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.size() < events && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Latencies lag = new Latencies();
            committed.forEach((id, at) -> {
                Long arrived = received.get(id);
                if (arrived != null) {
                    lag.add(arrived - at);
                }
            });
            System.out.println();
            System.out.printf(Locale.ROOT, "Webhook lag, commit to the receiver's first request: %d events, one every "
                    + "%d ms; %d received%n  %s%n", events, everyMs, received.size(), Latencies.summarize(List.of(lag)));
        } finally {
            receiver.stop(0);
        }
    }
}
