package io.pmi.testsupport.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/** The benchmarks' HTTP side: one client kind (HTTP/1.1, as the services' users call them), JSON bodies, checks. */
public final class BenchHttp {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** An answer the benchmark did not expect. */
    public static final class UnexpectedStatus extends IllegalStateException {
        UnexpectedStatus(HttpRequest request, HttpResponse<String> response) {
            super(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private BenchHttp() {
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request and fails unless it answers one of the expected statuses. */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request, int... expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (Arrays.stream(expected).noneMatch(status -> status == response.statusCode())) {
            throw new UnexpectedStatus(request, response);
        }
        return response;
    }

    public static JsonNode sendForJson(HttpClient http, HttpRequest request, int... expected)
            throws IOException, InterruptedException {
        return JSON.readTree(send(http, request, expected).body());
    }
}
