package io.pmi.report.rest;

import io.pmi.platform.http.AcceptHeader;
import jakarta.ws.rs.core.MediaType;

import java.util.Optional;

/**
 * The media types a report is served in, chosen from {@code Accept} as RFC 9110 §12.5.1 says ({@link AcceptHeader}),
 * ties going to the order here, so {@code *}{@code /*} and a missing {@code Accept} get JSON.
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
        AcceptHeader header = AcceptHeader.parse(accept);
        ReportFormat best = null;
        double bestQuality = 0;
        for (ReportFormat format : values()) {
            double quality = header.quality(format.type);
            if (quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }
}
