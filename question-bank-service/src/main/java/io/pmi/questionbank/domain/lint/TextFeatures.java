package io.pmi.questionbank.domain.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features the lint model reads from a question, the same at training and at lint time: character n-grams of
 * 1 to 3 for Chinese, word 1- and 2-grams and character 3- to 5-grams for English, with {@code ^} and {@code $}
 * marking the start and the end of the question, so that 「吧$」 or "^don't" are features of their own; and, when
 * the question has more than one clause, its Chinese 1- and 2-grams or English words and word pairs again, marked by
 * the clause they stand in (the premise or the question proper); and the word classes of the rules it contains.
 *
 * <p>The text is read as a speaker would type it: full-width and ASCII punctuation, curly quotes, case, runs of
 * spaces and a missing final question mark all give the same features. Each feature also records the span of the
 * original text it was read from, so that a finding can point at the words that made it.
 */
public final class TextFeatures {

    private static final Pattern EN_TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?|[,;:?!]");
    private static final Pattern FINAL = Pattern.compile("[\\s?!.。…~]+$");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?。]");
    private static final Map<String, Map<String, Pattern>> WORD_CLASSES = new ConcurrentHashMap<>();

    /** One feature occurrence and the span of the original text it was read from. */
    public record Occurrence(String feature, int start, int end) {
    }

    private TextFeatures() {
    }

    /** Every feature occurrence of the text, in reading order; a feature may occur more than once. */
    public static List<Occurrence> occurrences(String original, String locale) {
        String text = clean(original);
        int length = length(text);
        int split = split(text, length);
        boolean zh = QuestionLinter.ZH_CN.equals(locale);
        List<Occurrence> out = zh ? chinese(text, length) : english(text, length);
        out.addAll(clauses(out, split, zh));
        out.addAll(wordClasses(text, length, split, locale));
        return out;
    }

    /** The length of the question without its final punctuation and spaces. */
    private static int length(String text) {
        Matcher tail = FINAL.matcher(text);
        return tail.find() ? tail.start() : text.length();
    }

    /**
     * Each match of a word class of the language's rules ({@code lexicon}: others, reports, authorities, negative
     * judgements, balanced reports …), named by its class and the clause it stands in ({@code @p} premise,
     * {@code @q} the question proper, {@code @o} a question of one clause): what the rules know of the words, for
     * the model to weigh in any wording, so that a negative judgement in a premise counts whichever word carries it.
     */
    private static List<Occurrence> wordClasses(String text, int length, int split, String locale) {
        Map<String, Pattern> classes = WORD_CLASSES.computeIfAbsent(locale, TextFeatures::wordClasses);
        List<Occurrence> out = new ArrayList<>();
        String region = text.substring(0, length);
        classes.forEach((name, pattern) -> {
            Matcher m = pattern.matcher(region);
            while (m.find()) {
                if (m.end() > m.start()) {
                    String where = split < 0 ? "o" : m.end() <= split ? "p" : "q";
                    out.add(new Occurrence("x:" + name + "@" + where, m.start(), m.end()));
                }
            }
        });
        return out;
    }

    private static Map<String, Pattern> wordClasses(String locale) {
        LintRules rules = LintRules.load(locale);
        Map<String, Pattern> classes = new TreeMap<>();
        boolean words = !QuestionLinter.ZH_CN.equals(locale);
        rules.lexicon().keySet().forEach(name -> classes.put(name, rules.wordClass(name, words)));
        return classes;
    }

    /**
     * The same words again, marked by where they stand: in a clause before the last one (the premise, "p:") or in
     * the last one (the question proper, "q:"), so that the model can tell a report or a judgement that frames a
     * question from the same words inside it.
     */
    private static List<Occurrence> clauses(List<Occurrence> words, int split, boolean zh) {
        List<Occurrence> out = new ArrayList<>();
        if (split < 0) {
            return out;
        }
        out.add(new Occurrence("s:premise", 0, split));
        for (Occurrence o : words) {
            String f = o.feature();
            boolean keep = !f.contains("^") && !f.contains("$") && (zh ? f.length() <= 4 : f.startsWith("w:"));
            if (keep && (o.end() <= split || o.start() > split)) {
                out.add(new Occurrence((o.end() <= split ? "p:" : "q:") + f, o.start(), o.end()));
            }
        }
        return out;
    }

    /** Where the last clause ends the one before it ({@code ,;:.!?。}), or -1 for a question of one clause. */
    private static int split(String text, int length) {
        Matcher m = CLAUSE_END.matcher(text).region(0, length);
        int split = -1;
        while (m.find()) {
            if (m.start() > 0 && !text.substring(m.end(), length).isBlank()) {
                split = m.start();
            }
        }
        return split;
    }

    /** Where the last clause of the question starts: the question proper, after any premise. */
    static int lastClause(String original) {
        String text = clean(original);
        int split = split(text, length(text));
        return split < 0 ? 0 : split + 1;
    }

    /** The distinct features of the text. */
    public static Set<String> features(String text, String locale) {
        Set<String> features = new LinkedHashSet<>();
        occurrences(text, locale).forEach(o -> features.add(o.feature()));
        return features;
    }

    /** Same length as the original, so that offsets still point into it. */
    static String clean(String original) {
        char[] chars = QuestionLinter.normalize(original).toLowerCase(Locale.ROOT).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u201C' || c == '\u201D' || c == '\u300C' || c == '\u300D') {
                chars[i] = '"';
            } else if (Character.isWhitespace(c) || c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static List<Occurrence> chinese(String text, int length) {
        List<Integer> positions = new ArrayList<>();
        StringBuilder chars = new StringBuilder("^");
        positions.add(0);
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != ' ') {
                chars.append(text.charAt(i));
                positions.add(i);
            }
        }
        chars.append('$');
        positions.add(length);
        List<Occurrence> out = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= chars.length(); i++) {
                if (n == 1 && (i == 0 || i == chars.length() - 1)) {
                    continue;
                }
                int start = positions.get(i);
                int endIndex = i + n - 1;
                int end = endIndex == chars.length() - 1 ? length : positions.get(endIndex) + 1;
                out.add(new Occurrence("c:" + chars.substring(i, i + n), start, Math.max(start, end)));
            }
        }
        return out;
    }

    private static List<Occurrence> english(String text, int length) {
        Matcher m = EN_TOKEN.matcher(text).region(0, length);
        List<String> words = new ArrayList<>(List.of("^"));
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[]{0, 0});
        while (m.find()) {
            words.add(m.group());
            spans.add(new int[]{m.start(), m.end()});
        }
        words.add("$");
        spans.add(new int[]{length, length});
        List<Occurrence> out = new ArrayList<>();
        for (int i = 1; i < words.size() - 1; i++) {
            out.add(new Occurrence("w:" + words.get(i), spans.get(i)[0], spans.get(i)[1]));
            String word = "<" + words.get(i) + ">";
            for (int n = 3; n <= 5; n++) {
                for (int j = 0; j + n <= word.length(); j++) {
                    if (n < word.length()) {
                        out.add(new Occurrence("c:" + word.substring(j, j + n), spans.get(i)[0], spans.get(i)[1]));
                    }
                }
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(new Occurrence("w:" + words.get(i) + " " + words.get(i + 1), spans.get(i)[0],
                    spans.get(i + 1)[1]));
        }
        return out;
    }
}
