package io.pmi.platform.client;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether another service is ready to answer: its {@code /q/health/ready}, at the URL its REST client is
 * configured with ({@code quarkus.rest-client.<configKey>.url}). A service subclasses it once per service it
 * calls and annotates the subclass {@code @Wellness}, never {@code @Readiness}: one service being down must not
 * take its callers out of rotation.
 * <pre>{@code
 * @Wellness
 * @ApplicationScoped
 * class QuestionBankHealthCheck extends DownstreamHealthCheck {
 *     QuestionBankHealthCheck() {
 *         super("question-bank");
 *     }
 * }
 * }</pre>
 */
public abstract class DownstreamHealthCheck implements HealthCheck {

    /** Short: a health probe must answer well within its own timeout. */
    public static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final String configKey;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    protected DownstreamHealthCheck(String configKey) {
        this.configKey = configKey;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(configKey);
        String url = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.rest-client." + configKey + ".url", String.class).orElse(null);
        if (url == null) {
            return response.down().withData("error", "quarkus.rest-client." + configKey + ".url is not set").build();
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/q/health/ready"))
                    .timeout(TIMEOUT).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return response.status(status == 200).withData("status", status).build();
        } catch (IOException | IllegalArgumentException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }
}
