package io.pmi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmi.testsupport.bench.BenchService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes manifests and the compose file parse, set only environment variables the services read, and probe
 * paths that answer on the running services; each Deployment has what a production rollout needs.
 */
@ExtendWith(Suite.class)
class DeploymentFilesTest {

    /** The pod's namespace, which quarkus-kubernetes adds to every Deployment; no setting leaves it out. */
    private static final Set<String> ADDED_BY_THE_GENERATOR = Set.of("KUBERNETES_NAMESPACE");

    private static Map<String, BenchService> running;

    @BeforeAll
    static void useTheSuite(Suite.Services suite) {
        running = Map.of("question-bank-service", suite.questionBank(), "interview-service", suite.interview(),
                "report-service", suite.report());
    }

    @Test
    void eachDeploymentIsReadyForProduction() {
        for (String service : DeploymentFiles.SERVICES) {
            List<JsonNode> documents = DeploymentFiles.documents(DeploymentFiles.committed(service));
            JsonNode deployment = DeploymentFiles.only(documents, "Deployment");
            String where = service + " Deployment: ";
            assertEquals(service, deployment.path("metadata").path("name").asText());
            assertEquals(2, deployment.path("spec").path("replicas").asInt(), where + "replicas");
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").path(0);
            assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
            assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
            assertFalse(container.path("startupProbe").path("httpGet").path("path").asText().isEmpty(),
                    where + "a startup probe");
            for (String kind : List.of("requests", "limits")) {
                assertTrue(container.path("resources").path(kind).has("memory"), where + kind + ".memory");
                assertTrue(container.path("resources").path(kind).has("cpu"), where + kind + ".cpu");
            }
            assertEquals(service, container.path("envFrom").path(0).path("configMapRef").path("name").asText(),
                    where + "settings from its ConfigMap");
            JsonNode password = env(container, "QUARKUS_DATASOURCE_PASSWORD");
            assertEquals(service + "-db", password.path("valueFrom").path("secretKeyRef").path("name").asText(),
                    where + "the database password from a Secret");
            assertTrue(secretVolumes(deployment).contains("pmi-jwt"), where + "the JWT key from a Secret");
            assertEquals("/etc/pmi/jwt/publicKey.pem", env(container, "MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                    .path("value").asText());

            JsonNode configMap = DeploymentFiles.only(documents, "ConfigMap");
            assertEquals(service, configMap.path("metadata").path("name").asText());
            String label = deployment.path("spec").path("selector").path("matchLabels")
                    .path("app.kubernetes.io/name").asText();
            assertEquals(service, label, where + "selector");
            JsonNode kubeService = DeploymentFiles.only(documents, "Service");
            assertEquals(service, kubeService.path("spec").path("selector").path("app.kubernetes.io/name").asText());
            JsonNode budget = DeploymentFiles.only(documents, "PodDisruptionBudget");
            assertEquals(service, budget.path("spec").path("selector").path("matchLabels")
                    .path("app.kubernetes.io/name").asText());
            assertEquals(1, budget.path("spec").path("minAvailable").asInt());
        }
    }

    @Test
    void everyVariableSetIsOneTheServiceReads() {
        List<String> unread = new ArrayList<>();
        for (String service : DeploymentFiles.SERVICES) {
            Set<String> reads = ConfigKeys.environmentOf(DeploymentFiles.root(), service);
            List<JsonNode> documents = DeploymentFiles.documents(DeploymentFiles.committed(service));
            Set<String> set = new TreeSet<>();
            JsonNode container = DeploymentFiles.only(documents, "Deployment").path("spec").path("template")
                    .path("spec").path("containers").path(0);
            container.path("env").forEach(variable -> set.add(variable.path("name").asText()));
            DeploymentFiles.only(documents, "ConfigMap").path("data").fieldNames().forEachRemaining(set::add);
            DeploymentFiles.documents(DeploymentFiles.compose()).get(0).path("services").path(service)
                    .path("environment").fieldNames().forEachRemaining(set::add);
            assertTrue(set.size() > 5, service + ": the files were read: " + set);
            set.stream().filter(name -> !reads.contains(name) && !ADDED_BY_THE_GENERATOR.contains(name))
                    .forEach(name -> unread.add(service + ": " + name));
        }
        assertEquals(List.of(), unread, "variables the deployment files set that no service reads");
    }

    @Test
    void everyProbeAndHealthCheckPathAnswersOnTheRunningService() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode compose = DeploymentFiles.documents(DeploymentFiles.compose()).get(0).path("services");
        for (String service : DeploymentFiles.SERVICES) {
            Set<String> paths = new TreeSet<>();
            JsonNode container = DeploymentFiles.only(DeploymentFiles.documents(DeploymentFiles.committed(service)),
                    "Deployment").path("spec").path("template").path("spec").path("containers").path(0);
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                paths.add(container.path(probe).path("httpGet").path("path").asText());
            }
            JsonNode check = compose.path(service).path("healthcheck").path("test");
            String composePath = URI.create(check.path(check.size() - 1).asText()).getPath();
            assertEquals(container.path("readinessProbe").path("httpGet").path("path").asText(), composePath,
                    service + ": compose waits for readiness");
            assertEquals(3, paths.size(), service + ": three probes of their own: " + paths);
            for (String path : paths) {
                HttpRequest probe = HttpRequest.newBuilder(URI.create(running.get(service).baseUrl() + path)).build();
                HttpResponse<String> answer = http.send(probe, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), service + " " + path + ": " + answer.body());
                assertTrue(answer.body().contains("\"UP\""), service + " " + path + ": " + answer.body());
            }
        }
    }

    private static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError("no " + name + " in " + container.path("name").asText());
    }

    private static Set<String> secretVolumes(JsonNode deployment) {
        Set<String> secrets = new TreeSet<>();
        deployment.path("spec").path("template").path("spec").path("volumes")
                .forEach(volume -> secrets.add(volume.path("secret").path("secretName").asText()));
        return secrets;
    }
}
