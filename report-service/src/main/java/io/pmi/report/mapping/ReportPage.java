package io.pmi.report.mapping;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.rest.api.ReportView;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the printable page shows, made from the same {@link ReportView} the JSON shows (so an audience sees on
 * paper exactly what it may read), plus what a reader needs and JSON leaves to the client: the chart, dimension
 * names next to codes, interviews per source, and, under each finding, the quotes it cites that this audience
 * may read.
 *
 * @param lang the page's language tag
 */
public record ReportPage(ReportView report, String lang, ReportChart chart, List<PageFinding> findings,
                         List<RoleCount> sources) {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** A finding with its dimension's name and the quotes of its evidence that the view holds. */
    public record PageFinding(ReportView.Finding finding, String dimensionName, List<CitedQuote> quotes) {
    }

    public record CitedQuote(SourceRole role, String measure, String text) {
    }

    public record RoleCount(SourceRole role, int interviews) {
    }

    public static ReportPage of(ReportView report, ContentLanguage language) {
        Map<String, CitedQuote> quotes = new HashMap<>();
        Map<SourceRole, Integer> interviews = new EnumMap<>(SourceRole.class);
        report.inputs().forEach(input -> interviews.merge(input.sourceRole(), 1, Integer::sum));
        for (ReportView.Dimension dimension : report.dimensions()) {
            for (ReportView.Topic topic : dimension.topics()) {
                for (ReportView.Measure measure : topic.measures()) {
                    for (ReportView.Source source : measure.sources()) {
                        source.quotes().forEach(q -> quotes.put(q.answerId(),
                                new CitedQuote(source.role(), measure.measure(), q.text())));
                    }
                }
            }
        }
        List<PageFinding> findings = new ArrayList<>();
        for (ReportView.Finding finding : report.findings()) {
            List<CitedQuote> cited = finding.evidence() == null ? List.of() : finding.evidence().answerIds().stream()
                    .filter(quotes::containsKey).map(quotes::get).toList();
            findings.add(new PageFinding(finding, dimensionName(report, finding.dimension()), cited));
        }
        return new ReportPage(report, language.tag(), ReportChart.of(report), findings,
                interviews.entrySet().stream().map(e -> new RoleCount(e.getKey(), e.getValue())).toList());
    }

    /** The dimension's name in the page's language, or its code when the view does not name it. */
    public String dimensionName(String code) {
        return dimensionName(report, code);
    }

    public String generatedAt() {
        return report.generatedAt() == null ? "" : GENERATED.format(report.generatedAt());
    }

    private static String dimensionName(ReportView report, String code) {
        return report.dimensions().stream().filter(d -> d.dimension().equals(code)).map(ReportView.Dimension::name)
                .findFirst().orElse(code == null ? "" : code);
    }
}
