package io.pmi.questionbank.domain.lint;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of one language, read from {@code lint/rules-<locale>.json}: data a maintainer reads and extends
 * (the README explains the format). Patterns are Java regular expressions, compiled once.
 *
 * @param maxLength       longer questions get TOO_LONG: characters for zh-CN, words for en
 * @param rules           pattern rules, each for one code
 * @param openRequests    polite open requests ("Could you describe…", 「能不能具体说说…」) that look closed but are not
 * @param loadedWords     absolutes and judgement words
 */
public record LintRules(String locale, int maxLength, List<Rule> rules, List<String> openRequests,
                        List<String> loadedWords) {

    /**
     * @param pattern    what the rule finds; the match is the finding's span
     * @param unless     an optional pattern that cancels the rule when found in the same sentence
     * @param rewrite    an optional rewrite when the whole sentence matches {@code rewritePattern}:
     *                   {@code ${group}} placeholders name its groups
     * @param aspects    optional words substituted for {@code ${aspect}}, keyed by the group {@code judgement}
     */
    public record Rule(LintCode code, String pattern, String unless, String rewritePattern, String rewrite,
                       Map<String, String> aspects, String example) {
    }

    /** Compiled form; {@code unless} is a pattern that, found in the sentence, cancels the rule. */
    record Compiled(Rule rule, Pattern pattern, Pattern unless, Pattern rewritePattern) {
    }

    List<Compiled> compiled() {
        return rules.stream().map(r -> new Compiled(r, compile(r.pattern()), compile(r.unless()),
                compile(r.rewritePattern()))).toList();
    }

    private static Pattern compile(String regex) {
        return regex == null ? null : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static LintRules load(String locale) {
        return read("lint/rules-" + locale + ".json", LintRules.class);
    }

    /** The message of each code, by language of the request, from {@code lint/messages.json}. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> messages() {
        return read("lint/messages.json", Map.class);
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = LintRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new ObjectMapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
