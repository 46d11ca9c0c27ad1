package io.pmi.report.rest;

import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The media types a report is served in, chosen from {@code Accept} as RFC 9110 §12.5.1 says: each type takes the
 * quality of the most specific range that matches it, {@code q=0} means "not this", and ties go to the order
 * here, so {@code *}{@code /*} and a missing {@code Accept} get JSON. Negotiated here rather than by the router
 * alone, which does not honour {@code q=0}.
 */
enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON_TYPE, MediaType.APPLICATION_JSON),
    CSV(new MediaType("text", "csv"), ReportFormat.CSV_UTF8),
    HTML(MediaType.TEXT_HTML_TYPE, ReportFormat.HTML_UTF8);

    static final String CSV_TYPE = "text/csv";
    static final String CSV_UTF8 = "text/csv;charset=UTF-8";
    static final String HTML_UTF8 = "text/html;charset=UTF-8";
    static final String ALL = MediaType.APPLICATION_JSON + ", " + CSV_TYPE + " or " + MediaType.TEXT_HTML;

    private final MediaType type;
    private final String contentType;

    ReportFormat(MediaType type, String contentType) {
        this.type = type;
        this.contentType = contentType;
    }

    /** The Content-Type the format is answered with. */
    String contentType() {
        return contentType;
    }

    /** The format {@code accept} prefers, or empty when it refuses all three. */
    static Optional<ReportFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        List<Range> ranges = ranges(accept);
        ReportFormat best = null;
        double bestQuality = 0;
        for (ReportFormat format : values()) {
            double quality = format.quality(ranges);
            if (quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private double quality(List<Range> ranges) {
        int specificity = 0;
        double quality = 0;
        for (Range range : ranges) {
            int matched = range.specificity(type);
            if (matched > specificity) {
                specificity = matched;
                quality = range.quality();
            }
        }
        return quality;
    }

    /** The ranges of an Accept header; unreadable ones are left out, as if they were not sent. */
    private static List<Range> ranges(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                MediaType range = MediaType.valueOf(part.trim());
                String q = range.getParameters().get("q");
                double quality = q == null ? 1 : Double.parseDouble(q.trim());
                if (quality >= 0 && quality <= 1) {
                    ranges.add(new Range(range, quality));
                }
            } catch (IllegalArgumentException unreadable) {
                // NumberFormatException included: a range nobody can read asks for nothing.
            }
        }
        return ranges;
    }

    private record Range(MediaType range, double quality) {

        /** 3 for type/subtype, 2 for type/*, 1 for *&#47;*, 0 when it does not match. */
        int specificity(MediaType candidate) {
            if (range.isWildcardType()) {
                return 1;
            }
            if (!range.getType().equalsIgnoreCase(candidate.getType())) {
                return 0;
            }
            if (range.isWildcardSubtype()) {
                return 2;
            }
            return range.getSubtype().equalsIgnoreCase(candidate.getSubtype()) ? 3 : 0;
        }
    }
}
