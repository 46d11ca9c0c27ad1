package io.pmi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmi.testsupport.bench.BenchEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The repository's deployment files: the generated Kubernetes manifests and the compose file, parsed. */
final class DeploymentFiles {

    static final List<String> SERVICES = List.of("question-bank-service", "interview-service", "report-service");
    static final String REFRESH = "bash deploy/kubernetes/refresh.sh";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private DeploymentFiles() {
    }

    static Path root() {
        return BenchEnvironment.targetDir(DeploymentFiles.class).getParent().getParent().getParent();
    }

    /** The committed manifests of {@code service}: {@code deploy/kubernetes/<service>.yml}. */
    static Path committed(String service) {
        return root().resolve("deploy/kubernetes").resolve(service + ".yml");
    }

    /** What quarkus-kubernetes generated when the service was packaged. */
    static Path generated(String service) {
        return root().resolve(service).resolve("target/kubernetes/kubernetes.yml");
    }

    static Path compose() {
        return root().resolve("deploy/compose/docker-compose.yml");
    }

    /** Every document of a YAML file ({@code ---} separated), empty ones left out. */
    static List<JsonNode> documents(Path file) {
        try {
            ObjectReader reader = YAML.readerFor(JsonNode.class);
            List<JsonNode> documents = new ArrayList<>();
            try (var all = reader.readValues(Files.readString(file))) {
                while (all.hasNext()) {
                    JsonNode document = (JsonNode) all.next();
                    if (document != null && !document.isNull() && !document.isEmpty()) {
                        documents.add(document);
                    }
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode only(List<JsonNode> documents, String kind) {
        List<JsonNode> found = documents.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + ", found " + found.size());
        }
        return found.get(0);
    }
}
