package io.pmi.platform.http;

import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code Accept} header read as RFC 9110 §12.5.1 says: a media type takes the quality of the most specific range
 * that matches it, and {@code q=0} means "not this". Quarkus REST's router matches ranges but ignores their
 * quality, so {@code application/json;q=0} would still get JSON.
 */
public final class AcceptHeader {

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** A missing or blank header accepts everything; ranges nobody can read are left out, as if not sent. */
    public static AcceptHeader parse(String header) {
        if (header == null || header.isBlank()) {
            return new AcceptHeader(List.of(new Range(MediaType.WILDCARD_TYPE, 1)));
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
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
        return new AcceptHeader(ranges);
    }

    /** The quality this header gives {@code type}: 0 when it refuses it or no range matches. */
    public double quality(MediaType type) {
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
