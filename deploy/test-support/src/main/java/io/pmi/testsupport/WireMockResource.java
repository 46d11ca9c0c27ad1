package io.pmi.testsupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stands in for the services a service calls: one WireMock server on a free port of 127.0.0.1, with
 * {@code quarkus.rest-client.<key>.url} of every client named in the {@value #CLIENTS} argument pointing at it.
 * <pre>{@code
 * @QuarkusTestResource(value = WireMockResource.class,
 *         initArgs = @ResourceArg(name = WireMockResource.CLIENTS, value = "question-bank"))
 * }</pre>
 * Tests get the server in a {@code @InjectWireMock WireMockServer} field, stub and verify through it, and call
 * {@code resetAll()} on it before each test. The port stays the same for the whole run, so that
 * {@link #whileDown} can stop the server and start it again.
 */
public class WireMockResource implements QuarkusTestResourceLifecycleManager {

    /** The init argument: the REST client config keys to point at WireMock, comma-separated. */
    public static final String CLIENTS = "clients";

    private List<String> clients = List.of();
    private WireMockServer server;

    @Override
    public void init(Map<String, String> initArgs) {
        clients = Arrays.stream(initArgs.getOrDefault(CLIENTS, "").split(","))
                .map(String::trim).filter(key -> !key.isEmpty()).toList();
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("Name the REST clients to point at WireMock: "
                    + "initArgs = @ResourceArg(name = WireMockResource.CLIENTS, value = \"question-bank\")");
        }
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(freePort()));
        server.start();
        String url = "http://127.0.0.1:" + server.port();
        return clients.stream().collect(Collectors.toMap(key -> "quarkus.rest-client." + key + ".url", key -> url));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Runs {@code action} while the server is stopped, so that every call to it is refused: the service is down. */
    public static void whileDown(WireMockServer server, Runnable action) {
        server.stop();
        try {
            action.run();
        } finally {
            server.start();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
