package io.pmi.report.mapping;

import io.pmi.report.rest.api.ReportView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A report as CSV (RFC 4180): one row per measure and source, from the same {@link ReportView} the JSON shows,
 * so that nothing an audience may not read can get in. UTF-8 with a byte order mark, which Excel needs to read
 * Chinese; CRLF between records; a cell is quoted when it holds a comma, a quote or a line break.
 */
public final class ReportCsv {

    public static final String BOM = "\uFEFF";
    public static final List<String> COLUMNS = List.of("dimension", "topic", "measure", "type", "role",
            "respondents", "belowThreshold", "mean", "spread", "distribution", "stances", "quotes");

    private static final String RECORD_END = "\r\n";
    /** A spreadsheet evaluates a cell starting with one of these as a formula (OWASP CSV injection). */
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");
    /** Numbers cannot be formulas, negative ones included: they stay numbers. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ReportCsv() {
    }

    public static String write(ReportView report) {
        StringBuilder csv = new StringBuilder(BOM);
        record(csv, COLUMNS);
        for (ReportView.Dimension dimension : report.dimensions()) {
            for (ReportView.Topic topic : dimension.topics()) {
                for (ReportView.Measure measure : topic.measures()) {
                    for (ReportView.Source source : measure.sources()) {
                        record(csv, List.of(dimension.name(), topic.name(), measure.measure(),
                                measure.type().name(), source.role().name(), Integer.toString(source.respondents()),
                                Boolean.toString(source.belowThreshold()), number(source.mean()),
                                number(source.spread()), counts(source.distribution()), counts(source.stances()),
                                source.quotes().stream().map(ReportView.Quote::text)
                                        .collect(Collectors.joining("\n"))));
                    }
                }
            }
        }
        return csv.toString();
    }

    private static void record(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append(RECORD_END);
    }

    /** Defused first (an apostrophe before a formula start), then quoted if it must be. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (FORMULA_START.matcher(text).find() && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** {@code KEY=count} pairs in the view's order, separated by semicolons. */
    private static String counts(Map<?, Integer> counts) {
        return counts == null ? "" : counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
