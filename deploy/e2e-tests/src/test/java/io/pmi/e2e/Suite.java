package io.pmi.e2e;

import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.bench.BenchEnvironment;
import io.pmi.testsupport.bench.BenchService;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The embedded database and the three packaged services as a user runs them, started once per test JVM for every
 * test class of this module (starting them costs about a minute of CI) when a test first asks for them: a
 * {@code @BeforeAll} method of a class extended with this one takes {@link Services} as its parameter. They are held
 * in the root store, which closes them when the test run ends; each test class uses a tenant of its own, so that
 * none sees another's data.
 */
final class Suite implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Suite.class);

    /** The running suite; closing it stops the services, then the database. */
    record Services(BenchEnvironment environment, BenchService questionBank, BenchService interview,
                    BenchService report) implements AutoCloseable {

        @Override
        public void close() {
            environment.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Services.class;
    }

    @Override
    public Services resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Services.class, key -> start(),
                Services.class);
    }

    private static Services start() {
        Path target = BenchEnvironment.targetDir(Suite.class);
        Path root = target.getParent().getParent().getParent();
        BenchEnvironment environment = null;
        try {
            environment = BenchEnvironment.start(target);
            BenchService bank = environment.startService(BenchService.Spec.of("question-bank-service",
                    root.resolve("question-bank-service/target"), "question_bank"));
            BenchService interviews = environment.startService(BenchService.Spec.of("interview-service",
                    root.resolve("interview-service/target"), "interview")
                    .env("QUARKUS_REST_CLIENT_QUESTION_BANK_URL", bank.baseUrl())
                    .env("PMI_LOG_JSON", "true"));
            BenchService reports = environment.startService(BenchService.Spec.of("report-service",
                    root.resolve("report-service/target"), "report")
                    .env("QUARKUS_REST_CLIENT_INTERVIEW_URL", interviews.baseUrl())
                    .env("QUARKUS_REST_CLIENT_QUESTION_BANK_URL", bank.baseUrl())
                    .env("PMI_SERVICE_IDENTITY_SIGNING_KEY_LOCATION", TestTokens.privateKeyFile().toString())
                    .env("PMI_REPORT_WITHDRAWAL_POLL", "1s"));
            return new Services(environment, bank, interviews, reports);
        } catch (IOException | RuntimeException e) {
            close(environment);
            throw new IllegalStateException("The suite did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(environment);
            throw new IllegalStateException("Interrupted while starting the suite", e);
        }
    }

    private static void close(BenchEnvironment environment) {
        if (environment != null) {
            environment.close();
        }
    }
}
