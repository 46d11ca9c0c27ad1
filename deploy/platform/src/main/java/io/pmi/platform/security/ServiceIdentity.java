package io.pmi.platform.security;

import io.pmi.platform.tenancy.Tenants;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A service acting on its own, outside any request (a scheduled poll): its identity in one tenant, for its own
 * database work ({@link #runAs}, which the tenant filter and guard then apply to as to a caller), and a short-lived
 * token for the calls it makes to the other services ({@link #token}). The token is signed with a key the suite's
 * token verification trusts ({@code pmi.service-identity.signing-key-location}: a PKCS#8 RSA key, PEM or DER; the
 * launcher gives its own); without one the service cannot act on its own, and says so. Its subject is the
 * service's name, which the other services' audit logs then show, and its role HR_ADMIN of that tenant only.
 */
@ApplicationScoped
public class ServiceIdentity {

    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    private final Optional<PrivateKey> signingKey;
    private final String name;
    private final Optional<String> issuer;
    private final Optional<String> audience;
    private final CurrentIdentityAssociation association;

    public ServiceIdentity(@ConfigProperty(name = "pmi.service-identity.signing-key-location") Optional<Path> keyFile,
                           @ConfigProperty(name = "quarkus.application.name") String name,
                           @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
                           @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<List<String>> audiences,
                           CurrentIdentityAssociation association) {
        this.signingKey = keyFile.map(ServiceIdentity::read);
        this.name = name;
        this.issuer = issuer;
        this.audience = audiences.filter(list -> !list.isEmpty()).map(list -> list.get(0));
        this.association = association;
    }

    public boolean available() {
        return signingKey.isPresent();
    }

    /** A bearer token of this service in {@code tenant}, valid for a few minutes. */
    public String token(String tenant) {
        PrivateKey key = signingKey.orElseThrow(() -> new IllegalStateException(
                "pmi.service-identity.signing-key-location is not set: " + name + " cannot call other services"));
        JwtClaimsBuilder claims = Jwt.subject(name).claim(Tenants.CLAIM, tenant).groups(Set.of(Roles.HR_ADMIN))
                .expiresIn(TOKEN_LIFETIME);
        issuer.ifPresent(claims::issuer);
        audience.ifPresent(claims::audience);
        return claims.sign(key);
    }

    /** Runs {@code work} in a request context of its own, as this service in {@code tenant}. */
    @ActivateRequestContext
    public <T> T runAs(String tenant, Supplier<T> work) {
        JwtClaims claims = new JwtClaims();
        issuer.ifPresent(claims::setIssuer);
        claims.setSubject(name);
        claims.setClaim(Tenants.CLAIM, tenant);
        claims.setClaim("upn", name);
        association.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .addRole(Roles.HR_ADMIN).build());
        return work.get();
    }

    private static PrivateKey read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.US_ASCII);
            byte[] der = text.startsWith("-----BEGIN") ? Base64.getMimeDecoder().decode(text
                    .replaceAll("-----[A-Z ]+-----", "")) : bytes;
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the service identity's key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The service identity's key " + file + " is not a PKCS#8 RSA key", e);
        }
    }
}
