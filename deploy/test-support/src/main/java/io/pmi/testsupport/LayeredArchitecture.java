package io.pmi.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The direction of the import arrows inside a service (docs/architecture.md), run as a plain JUnit test by a
 * one-line subclass in each service, so that an import the wrong way fails the build:
 *
 * <pre>
 *   rest ──► rest.api, mapping, feature packages, service, repository (entities), domain, config
 *   mapping ──► rest.api, feature packages, service (its records), repository (entities), domain
 *   feature packages (e.g. bank) ──► service, client, repository, domain, config
 *   service ──► client, repository, domain, config
 *   client ──► domain, config          repository ──► domain, config          domain ──► nothing of the service
 * </pre>
 */
public abstract class LayeredArchitecture {

    /** The service's root package, e.g. {@code io.pmi.questionbank}. */
    protected abstract String basePackage();

    /** Feature packages directly under the root that sit at the service layer (e.g. {@code bank}). */
    protected List<String> featurePackages() {
        return List.of();
    }

    @Test
    void importArrowsPointOneWay() {
        String base = basePackage();
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
        String[] features = featurePackages().stream().map(f -> base + "." + f + "..").toArray(String[]::new);
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Rest").definedBy(base + ".rest")
                .layer("RestApi").definedBy(base + ".rest.api..")
                .layer("Mapping").definedBy(base + ".mapping..")
                .layer("Service").definedBy(base + ".service..")
                .layer("Client").definedBy(base + ".client..")
                .layer("Repository").definedBy(base + ".repository..")
                .layer("Domain").definedBy(base + ".domain..")
                .layer("Config").definedBy(base + ".config..");
        List<String> serviceLevel = new ArrayList<>(List.of("Rest", "Mapping"));
        if (features.length > 0) {
            layers = layers.layer("Feature").definedBy(features);
            serviceLevel.add("Feature");
        }
        List<String> aboveService = new ArrayList<>(serviceLevel);
        layers = layers
                .whereLayer("Rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("RestApi").mayOnlyBeAccessedByLayers("Rest", "Mapping")
                .whereLayer("Mapping").mayOnlyBeAccessedByLayers("Rest")
                .whereLayer("Service").mayOnlyBeAccessedByLayers(aboveService.toArray(String[]::new))
                .whereLayer("Client").mayOnlyBeAccessedByLayers(with(aboveService, "Service"))
                .whereLayer("Repository").mayOnlyBeAccessedByLayers(with(aboveService, "Service"))
                .whereLayer("Config").mayOnlyBeAccessedByLayers(with(aboveService, "Service", "Client", "Repository"))
                .whereLayer("Domain").mayOnlyBeAccessedByLayers(with(aboveService, "RestApi", "Service", "Client",
                        "Repository"));
        if (features.length > 0) {
            layers = layers.whereLayer("Feature").mayOnlyBeAccessedByLayers("Rest", "Mapping");
        }
        layers.allowEmptyShould(true).check(classes);
    }

    @Test
    void resourcesServicesAndRepositoriesAreNamedForTheirRole() {
        String base = basePackage();
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
        List<ArchRule> rules = List.of(
                classes().that().resideInAPackage(base + ".rest").and().areAnnotatedWith("jakarta.ws.rs.Path")
                        .should().haveSimpleNameEndingWith("Resource").allowEmptyShould(true),
                classes().that().haveSimpleNameEndingWith("Resource").and().areTopLevelClasses()
                        .should().resideInAPackage(base + ".rest").allowEmptyShould(true),
                classes().that().haveSimpleNameEndingWith("Mapper").and().areTopLevelClasses()
                        .should().resideInAPackage(base + ".mapping").allowEmptyShould(true),
                classes().that().haveSimpleNameEndingWith("Repository").and().areTopLevelClasses()
                        .should().resideInAPackage(base + ".repository").allowEmptyShould(true),
                noClasses().that().resideInAPackage(base + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                                "io.quarkus.hibernate..")
                        .because("the domain holds the vocabulary and pure rules, free of HTTP and persistence")
                        .allowEmptyShould(true));
        rules.forEach(rule -> rule.check(classes));
    }

    private static String[] with(List<String> layers, String... more) {
        List<String> all = new ArrayList<>(layers);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
