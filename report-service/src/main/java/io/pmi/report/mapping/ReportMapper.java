package io.pmi.report.mapping;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.report.domain.analysis.ReportAnalysis;
import io.pmi.report.repository.Report;
import io.pmi.report.rest.api.ReportSummaryView;
import io.pmi.report.rest.api.ReportView;
import io.pmi.report.service.StoredReport;

import java.util.List;
import java.util.Map;

/** Reports to their JSON views; bilingual texts in the negotiated language. */
public final class ReportMapper {

    private ReportMapper() {
    }

    public static ReportView toView(StoredReport stored, ContentLanguage language) {
        Report report = stored.report();
        ReportAnalysis analysis = stored.analysis();
        String tag = language.tag();
        return new ReportView(report.id, report.reportVersion, report.campaignId, report.subjectExternalId,
                analysis.audience(), report.partialBecause != null,
                report.partialBecause == null ? List.of() : List.of(report.partialBecause), report.staleAt != null,
                report.createdAt,
                analysis.inputs().stream().map(i -> new ReportView.Input(i.id(), i.version(), i.sourceRole(),
                        i.completedAt())).toList(),
                analysis.dimensions().stream().map(d -> new ReportView.Dimension(d.dimension(),
                        name(d.names(), tag, d.dimension()), d.topics().stream().map(t -> new ReportView.Topic(
                        t.topic(), name(t.names(), tag, t.topic()), t.measures().stream()
                        .map(ReportMapper::measure).toList())).toList())).toList(),
                analysis.gaps().stream().map(g -> new ReportView.Gap(g.measure(), g.dimension(), g.kind().name(),
                        g.self(), g.others(), g.gap(), g.threshold(), g.otherSources())).toList(),
                analysis.contradictions().stream().map(c -> new ReportView.Contradiction(c.measure(), c.dimension(),
                        c.sources(), c.kind().name(), c.values(), c.difference(), evidence(c.evidence()))).toList(),
                analysis.historyChecks().stream().map(h -> new ReportView.HistoryCheck(h.measure(), h.claim().name(),
                        h.verdict().name(), h.sources(), h.answerIds(), h.recordIds(), h.periods().stream()
                        .map(p -> new ReportView.PeriodAttainment(p.period(), p.attainment())).toList())).toList(),
                analysis.findings().stream().map(f -> new ReportView.Finding(f.type().name(), f.severity().name(),
                        f.dimension(), f.summary(tag), evidence(f.evidence()), f.recommendation(tag))).toList(),
                analysis.suppressed().stream().map(s -> new ReportView.Suppression(s.measure(), s.scope(), s.role(),
                        s.reason().name())).toList(),
                analysis.notices().stream().map(n -> new ReportView.Notice(n.code().name(), n.scope())).toList());
    }

    public static ReportSummaryView toSummary(Report report) {
        return new ReportSummaryView(report.id, report.reportVersion, report.campaignId, report.subjectExternalId,
                report.partialBecause != null, report.staleAt != null, report.interviewIds.size(), report.createdAt);
    }

    private static ReportView.Measure measure(ReportAnalysis.Measure measure) {
        return new ReportView.Measure(measure.measure(), measure.type(), measure.scale() == null ? null
                : new ReportView.Scale(measure.scale().min(), measure.scale().max()),
                measure.sources().stream().map(ReportMapper::source).toList(),
                measure.agreement() == null ? null : new ReportView.Agreement(measure.agreement().index(),
                        measure.agreement().value(), measure.agreement().cutoff(), measure.agreement().raters(),
                        measure.agreement().agrees()));
    }

    private static ReportView.Source source(ReportAnalysis.Source source) {
        return new ReportView.Source(source.role(), source.respondents(), source.belowThreshold(), source.mean(),
                source.spread(), source.distribution(), source.stances(), source.quotes().stream()
                .map(q -> new ReportView.Quote(q.answerId(), q.text(), q.stance(), q.tags(), q.vague())).toList());
    }

    private static ReportView.Evidence evidence(ReportAnalysis.Evidence evidence) {
        return evidence == null ? null : new ReportView.Evidence(evidence.answerIds(),
                evidence.performanceRecordIds(), evidence.measures(), evidence.emotionIds());
    }

    private static String name(Map<String, String> names, String tag, String code) {
        String name = names == null ? null : names.get(tag);
        if (name == null && names != null && !names.isEmpty()) {
            name = names.values().iterator().next();
        }
        return name == null ? code : name;
    }
}
