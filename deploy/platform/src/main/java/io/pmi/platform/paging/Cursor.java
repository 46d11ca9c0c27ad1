package io.pmi.platform.paging;

import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Where a keyset page ends: the sort key of its last row, opaque to clients (base64url of the parts joined by a
 * newline, which no key contains). A cursor a client made up or damaged is a 400 at {@code cursor}, never a 500.
 */
public record Cursor(List<String> parts) {

    private static final String SEPARATOR = "\n";

    public static Cursor of(String... parts) {
        return new Cursor(List.of(parts));
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor's parts, or null for the first page; a cursor without exactly {@code arity} parts is a 400. */
    public static Cursor decode(String cursor, int arity) {
        if (cursor == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            if (parts.length != arity) {
                throw invalid();
            }
            return new Cursor(List.of(parts));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String part(int index) {
        return parts.get(index);
    }

    /** A time as a cursor part: microseconds since the epoch, the database's precision. */
    public static String micros(Instant at) {
        return Long.toString(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000);
    }

    public Instant instant(int index) {
        try {
            long micros = Long.parseLong(part(index));
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return new ProblemException(ProblemType.VALIDATION, "The cursor is not one this service gave.",
                List.of(new FieldError("query", "cursor", "invalid-value", "use the nextCursor of a page")),
                Map.of(), Map.of());
    }
}
