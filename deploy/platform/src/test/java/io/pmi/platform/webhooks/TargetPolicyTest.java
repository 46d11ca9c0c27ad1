package io.pmi.platform.webhooks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetPolicyTest {

    private static final TargetPolicy STRICT = new TargetPolicy(false, TargetPolicyTest::dns);
    private static final TargetPolicy LOCAL = new TargetPolicy(true, TargetPolicyTest::dns);

    /** A resolver without a network: two names, one public and one that points inside. */
    private static InetAddress[] dns(String host) throws UnknownHostException {
        return switch (host) {
            case "hooks.example.com" -> new InetAddress[]{InetAddress.getByName("93.184.216.34")};
            case "rebind.example.com" -> new InetAddress[]{InetAddress.getByName("93.184.216.34"),
                    InetAddress.getByName("10.1.2.3")};
            default -> {
                if (Character.isDigit(host.charAt(0)) || host.contains(":")) {
                    yield new InetAddress[]{InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
        };
    }

    @Test
    void httpsOnAPublicAddressIsATarget() {
        assertEquals(Optional.empty(), STRICT.refusal("https://hooks.example.com/pmi?key=1", true));
        assertEquals(Optional.empty(), STRICT.refusal("https://93.184.216.34:8443/hooks", true));
        assertEquals(Optional.empty(), STRICT.refusal("https://[2606:2800:220:1:248:1893:25c8:1946]/hooks", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hooks", "https://localhost/hooks", "https://app.localhost/hooks",
            "https://10.0.0.5/hooks", "https://172.16.3.4/hooks", "https://192.168.1.10/hooks",
            "https://169.254.169.254/latest/meta-data", "https://0.0.0.0/hooks", "https://100.64.1.1/hooks",
            "https://[::1]/hooks", "https://[fd12:3456::1]/hooks", "https://[fe80::1]/hooks",
            "https://[::ffff:10.0.0.1]/hooks", "https://224.0.0.1/hooks", "https://rebind.example.com/hooks"})
    void privateLoopbackAndLinkLocalTargetsAreRefused(String url) {
        Optional<String> refusal = STRICT.refusal(url, true);
        assertTrue(refusal.isPresent(), url);
    }

    @Test
    void plainHttpNeedsPrivateTargetsAllowed() {
        assertEquals(Optional.of("must use https"), STRICT.refusal("http://hooks.example.com/pmi", true));
        assertEquals(Optional.empty(), LOCAL.refusal("http://127.0.0.1:8089/hooks", true));
        assertEquals(Optional.empty(), LOCAL.refusal("http://10.0.0.5/hooks", true));
    }

    @Test
    void aNameNotInDnsYetMayBeSubscribedButIsNotSentTo() {
        assertEquals(Optional.empty(), STRICT.refusal("https://new.example.org/hooks", false));
        assertEquals(Optional.of("host new.example.org does not resolve"),
                STRICT.refusal("https://new.example.org/hooks", true));
    }

    @Test
    void whatIsNotAnHttpUrlIsRefusedEvenLocally() {
        for (String url : List.of("ftp://hooks.example.com/x", "/relative/path", "https://", "not a url",
                "https://user:pass@hooks.example.com/x", "https://hooks.example.com/x#frag", "file:///etc/passwd")) {
            assertTrue(LOCAL.refusal(url, true).isPresent(), url);
        }
    }
}
