package io.pmi.questionbank;

import io.pmi.testsupport.LayeredArchitecture;

import java.util.List;

/** The import arrows of this service point one way (docs/architecture.md). */
class ArchitectureTest extends LayeredArchitecture {

    @Override
    protected String basePackage() {
        return "io.pmi.questionbank";
    }

    @Override
    protected List<String> featurePackages() {
        return List.of("bank");
    }
}
