package io.pmi.report.rest;

import io.pmi.report.mapping.ReportPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The printable report, {@code templates/reports/report.html}; its expressions are checked at build time. */
@CheckedTemplate(basePath = "reports")
final class ReportTemplates {

    private ReportTemplates() {
    }

    static native TemplateInstance report(ReportPage page);
}
