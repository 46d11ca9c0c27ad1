package io.pmi.questionbank.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text search without word segmentation: texts are folded (NFKC, lower case, anything but letters and digits to
 * one space) and indexed as character bigrams, so that 「反馈频率」 and "feedback" are found alike. Each indexed
 * part ends with a line break, so every character starts a bigram and one-character queries are prefix lookups.
 */
public final class SearchText {

    private static final String PART_END = "\n";

    private SearchText() {
    }

    public static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return folded.strip();
    }

    /**
     * What a question's text search looks in: the key, the measure, every wording, every option label and the
     * intent note, in every locale.
     */
    public static String of(QuestionContent content) {
        List<String> parts = new ArrayList<>(List.of(content.key(), content.measure()));
        parts.addAll(content.text().values());
        if (content.variants() != null) {
            content.variants().forEach(v -> parts.addAll(v.text().values()));
        }
        if (content.options() != null) {
            content.options().forEach(o -> parts.addAll(o.label().values()));
        }
        if (content.intent() != null) {
            parts.addAll(content.intent().values());
        }
        return of(parts);
    }

    /** The stored search text: each part folded and ended by a line break, which no query contains. */
    public static String of(List<String> parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String folded = fold(part);
            if (!folded.isEmpty()) {
                text.append(folded).append(PART_END);
            }
        }
        return text.toString();
    }

    /** The distinct bigrams of a stored search text, by code point. */
    public static Set<String> bigrams(String stored) {
        int[] points = stored.codePoints().toArray();
        Set<String> terms = new LinkedHashSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            if (!PART_END.equals(Character.toString(points[i]))) {
                terms.add(new String(points, i, 2));
            }
        }
        return terms;
    }

    /** The bigrams a query needs, or a single character for a one-character query. */
    public static Set<String> queryTerms(String foldedQuery) {
        int[] points = foldedQuery.codePoints().toArray();
        if (points.length == 1) {
            return Set.of(foldedQuery);
        }
        Set<String> terms = new LinkedHashSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            terms.add(new String(points, i, 2));
        }
        return terms;
    }
}
