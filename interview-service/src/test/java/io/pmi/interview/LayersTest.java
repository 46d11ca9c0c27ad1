package io.pmi.interview;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layers point down: rest → (mapping) → service → repository → domain. */
@AnalyzeClasses(packages = "io.pmi.interview", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Resources").definedBy("io.pmi.interview.rest")
            .layer("Api").definedBy("io.pmi.interview.rest.api..")
            .layer("Mapping").definedBy("io.pmi.interview.mapping..")
            .layer("Service").definedBy("io.pmi.interview.service..")
            .layer("Repository").definedBy("io.pmi.interview.repository..")
            .layer("Domain").definedBy("io.pmi.interview.domain..")
            .whereLayer("Resources").mayNotBeAccessedByAnyLayer()
            .whereLayer("Api").mayOnlyBeAccessedByLayers("Resources", "Mapping")
            .whereLayer("Mapping").mayOnlyBeAccessedByLayers("Resources")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Resources", "Mapping")
            .whereLayer("Repository").mayOnlyBeAccessedByLayers("Service", "Mapping", "Resources")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Api", "Mapping", "Resources", "Service", "Repository");
}
