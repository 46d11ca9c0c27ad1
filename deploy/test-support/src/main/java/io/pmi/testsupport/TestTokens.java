package io.pmi.testsupport;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Tokens signed the way an identity provider would, with a key pair made for this test JVM (no private key
 * is committed), plus every kind of bad token an attacker might send.
 */
public final class TestTokens {

    public static final String ISSUER = "https://pmi-suite.test/issuer";
    public static final String AUDIENCE = "pmi-suite";
    public static final String TENANT_A = "acme";
    public static final String TENANT_B = "globex";

    private static final Path KEY_DIR = Path.of(System.getProperty("java.io.tmpdir"),
            "pmi-test-jwt-" + ProcessHandle.current().pid());
    private static final KeyPair KEYS = sharedKeys();
    private static final KeyPair OTHER_KEYS = generate();

    private TestTokens() {
    }

    /** A valid token for one tenant and role, valid for an hour. */
    public static String token(String tenant, String role) {
        return claims(tenant, "user-" + role.toLowerCase(), role).sign(KEYS.getPrivate());
    }

    /** A token of a named user, e.g. an interviewer whose id the interviews name. */
    public static String token(String tenant, String subject, String role) {
        return claims(tenant, subject, role).sign(KEYS.getPrivate());
    }

    /** A request made by a user of this tenant and role. */
    public static RequestSpecification as(String tenant, String role) {
        return RestAssured.given().auth().oauth2(token(tenant, role));
    }

    public static String hrAdmin(String tenant) {
        return token(tenant, "HR_ADMIN");
    }

    /** A valid HR admin token of tenant A that expires at this instant (JWT times are whole seconds). */
    public static String expiringAt(Instant expiry) {
        return claims(TENANT_A, "brief", "HR_ADMIN").expiresAt(expiry).sign(KEYS.getPrivate());
    }

    public static String expired() {
        return Jwt.issuer(ISSUER).subject("late").audience(AUDIENCE).claim("tenant", TENANT_A)
                .groups(Set.of("HR_ADMIN")).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(5)).sign(KEYS.getPrivate());
    }

    public static String notYetValid() {
        return claims(TENANT_A, "early", "HR_ADMIN").claim("nbf", Instant.now().plusSeconds(600).getEpochSecond())
                .sign(KEYS.getPrivate());
    }

    public static String signedByAnotherKey() {
        return claims(TENANT_A, "forger", "HR_ADMIN").sign(OTHER_KEYS.getPrivate());
    }

    public static String wrongIssuer() {
        return claims(TENANT_A, "elsewhere", "HR_ADMIN").issuer("https://evil.example/issuer").sign(KEYS.getPrivate());
    }

    public static String wrongAudience() {
        return claims(TENANT_A, "elsewhere", "HR_ADMIN").audience("another-product").sign(KEYS.getPrivate());
    }

    public static String withoutTenant() {
        return Jwt.issuer(ISSUER).subject("nobody").audience(AUDIENCE).groups(Set.of("HR_ADMIN"))
                .expiresIn(3600).sign(KEYS.getPrivate());
    }

    public static String libraryTenant() {
        return token("_library", "HR_ADMIN");
    }

    /** An unsigned token ({@code alg: none}) with the claims of a valid HR admin. */
    public static String algNone() {
        String signed = hrAdmin(TENANT_A);
        String payload = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    public static String malformed() {
        return "not-a-jwt.at-all";
    }

    /** A correctly signed token over 8 KB. */
    public static String oversized() {
        return claims(TENANT_A, "big", "HR_ADMIN").claim("padding", "x".repeat(9000)).sign(KEYS.getPrivate());
    }

    /** The PEM file of this JVM's public key, for {@code mp.jwt.verify.publickey.location}. */
    public static Path publicKeyFile() {
        return KEY_DIR.resolve("public.pem");
    }

    /** The private key tokens are signed with (PKCS#8 DER), for a service that signs its own (ServiceIdentity). */
    public static Path privateKeyFile() {
        return KEY_DIR.resolve("private.der");
    }

    private static JwtClaimsBuilder claims(String tenant, String subject, String role) {
        return Jwt.issuer(ISSUER).subject(subject).audience(AUDIENCE).claim("tenant", tenant)
                .groups(Set.of(role)).issuedAt(Instant.now()).expiresIn(3600);
    }

    /**
     * The test resources (which configure the service) and the tests (which sign tokens) run in different class
     * loaders, so the key pair is shared through files in a directory of this JVM's own, deleted at exit.
     */
    private static synchronized KeyPair sharedKeys() {
        try {
            Path privateFile = KEY_DIR.resolve("private.der");
            Path publicFile = KEY_DIR.resolve("public.der");
            if (!Files.exists(publicFile)) {
                Files.createDirectories(KEY_DIR);
                // Files registered for deletion at exit go in reverse order: the directory first, to go last.
                KEY_DIR.toFile().deleteOnExit();
                KeyPair generated = generate();
                Files.write(privateFile, generated.getPrivate().getEncoded());
                Files.writeString(KEY_DIR.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(generated.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
                Files.write(publicFile, generated.getPublic().getEncoded());
                for (String name : new String[] {"private.der", "public.pem", "public.der"}) {
                    KEY_DIR.resolve(name).toFile().deleteOnExit();
                }
                return generated;
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
