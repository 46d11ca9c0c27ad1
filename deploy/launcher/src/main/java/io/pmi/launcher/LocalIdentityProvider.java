package io.pmi.launcher;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * The local run's stand-in for an identity provider: an RSA key pair kept in the data directory (never
 * committed), whose public half the services verify tokens with, exactly as they would a real provider's.
 */
final class LocalIdentityProvider {

    static final String ISSUER = "https://pmi-suite.local/issuer";
    static final String AUDIENCE = "pmi-suite";

    private final Path publicKey;
    private final Path privateKey;

    LocalIdentityProvider(Path dataDir) {
        Path keys = dataDir.resolve("keys");
        this.publicKey = keys.resolve("public.pem");
        this.privateKey = keys.resolve("private.pem");
    }

    /** Creates the key pair on first use. */
    LocalIdentityProvider ensureKeys() {
        if (Files.exists(publicKey) && Files.exists(privateKey)) {
            return this;
        }
        try {
            Files.createDirectories(publicKey.getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signing key (PKCS#8 PEM, mode 0600), for a service that signs its own tokens. */
    Path privateKey() {
        return privateKey;
    }

    Path publicKey() {
        return publicKey;
    }

    String mint(String tenant, String subject, String role, Duration validity) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject)
                .claim("tenant", tenant).groups(Set.of(role))
                .expiresIn(validity).sign(readPrivateKey());
    }

    private PrivateKey readPrivateKey() {
        try {
            String pem = Files.readString(privateKey, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + privateKey, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
