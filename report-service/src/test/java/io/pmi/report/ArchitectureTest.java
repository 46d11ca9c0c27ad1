package io.pmi.report;

import io.pmi.testsupport.LayeredArchitecture;

/** The import arrows of this service point one way (docs/architecture.md). */
class ArchitectureTest extends LayeredArchitecture {

    @Override
    protected String basePackage() {
        return "io.pmi.report";
    }
}
