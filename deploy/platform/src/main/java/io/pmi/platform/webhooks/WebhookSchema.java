package io.pmi.platform.webhooks;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import javax.sql.DataSource;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Migrates the platform's webhook tables (classpath {@code db/platform}) with Flyway, in a schema history of their
 * own ({@code flyway_platform_history}): the service's migrations and these are versioned apart, so neither has to
 * know the other's numbers. Runs at startup, after the service's own migrations and before any request or job;
 * replicas starting together wait on Flyway's lock.
 */
@ApplicationScoped
@IfBuildProperty(name = "pmi.webhooks.enabled", stringValue = "true")
public class WebhookSchema {

    static final String LOCATION = "db/platform/";
    /** Every migration, in order. Flyway cannot list a directory inside a Quarkus application's jar. */
    static final List<String> MIGRATIONS = List.of("V1__webhooks.sql");

    private final DataSource dataSource;

    public WebhookSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void migrate(@Observes @Priority(10) StartupEvent started) {
        Flyway.configure(WebhookSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table("flyway_platform_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .resourceProvider(new Migrations())
                .javaMigrationClassProvider(List::of)
                .load()
                .migrate();
    }

    /** The migrations above, read from the classpath. */
    private static final class Migrations implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            return MIGRATIONS.contains(name) ? new Migration(name) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return MIGRATIONS.stream()
                    .filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                    .<LoadableResource>map(Migration::new)
                    .toList();
        }
    }

    private static final class Migration extends LoadableResource {

        private final String name;

        Migration(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = WebhookSchema.class.getClassLoader().getResourceAsStream(LOCATION + name);
            if (in == null) {
                throw new IllegalStateException(LOCATION + name + " is missing from the platform jar");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return LOCATION + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return LOCATION + name;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
