package io.pmi.questionbank.domain.lint;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of one language, read from {@code lint/rules-<locale>.json}: data a maintainer reads and extends
 * (the README explains the format). Patterns are Java regular expressions, compiled once.
 *
 * @param maxLength       longer questions get TOO_LONG: characters for zh-CN, words for en
 * @param rules           pattern rules, each for one code
 * @param openRequests    polite open requests ("Could you describe…", 「能不能具体说说…」) that look closed but are not
 * @param loadedWords     absolutes and judgement words
 * @param loadedUnless    where an absolute is not loaded: it describes the interviewee's own practice, asked openly
 *                        ("What do you always make time for?", 「你一直以来是用什么方法…」); optional
 * @param joiner          what joins two things ({@code and}, 「和」, a comma; not the "And" a question starts with):
 *                        the model's DOUBLE_BARRELED needs one in the question, so that a single question is never
 *                        two by its wording alone
 * @param lexicon         word classes a pattern names as {@code {{NAME}}}: the alternatives of a class (regular
 *                        expressions themselves), so that a rule states a structure ("a report of what others
 *                        think, then a question") once for every wording of its parts; {@code BALANCED} (a report
 *                        of more than one side), {@code OPEN_QUESTION} (how an open question starts),
 *                        {@code FACTUAL_PREMISE} (a premise that states a plain change), {@code POLITE_TAIL} (a
 *                        courtesy after the question proper) and {@code RELATION} (two things asked in relation)
 *                        also tell the model's findings where they do not apply
 * @param topics          what the questions of the domain are about, for rewrites that keep the topic
 */
public record LintRules(String locale, int maxLength, List<Rule> rules, List<String> openRequests,
                        List<String> loadedWords, List<String> loadedUnless, String joiner,
                        Map<String, List<String>> lexicon, Topics topics) {

    public LintRules {
        loadedUnless = loadedUnless == null ? List.of() : loadedUnless;
    }

    private static final Pattern WORD_CLASS = Pattern.compile("\\{\\{([A-Z_]+)}}");

    /**
     * @param pattern    what the rule finds; the match is the finding's span
     * @param unless     an optional pattern that cancels the rule when found in the same sentence
     * @param requires   an optional cheap pattern that every match of {@code pattern} contains ("or" for loaded
     *                   alternatives): where it is not found, the costly pattern is not tried
     * @param rewrite    an optional rewrite when the whole sentence matches {@code rewritePattern}:
     *                   {@code ${group}} placeholders name its groups
     * @param aspects    optional words substituted for {@code ${aspect}}, keyed by the group {@code judgement}
     * @param reason     the device the rule finds, which the message names
     * @param scope      {@code TEXT} for a rule that reads the whole text (two questions in a row); by default a
     *                   rule reads one sentence at a time
     */
    public record Rule(LintCode code, LintReason reason, String scope, String pattern, String unless,
                       String requires, String rewritePattern, String rewrite, Map<String, String> aspects,
                       String example) {

        boolean wholeText() {
            return "TEXT".equals(scope);
        }
    }

    /**
     * The domain's nouns, for a rewrite that asks about the question's topic openly ({@link TopicRewrite}).
     *
     * @param nouns       what a question is about (「绩效指标」, "review"); a run of them is one topic
     * @param generic     nouns too general to be the topic when a more specific one is named ("problem", 「工作」)
     * @param modifiers   what may stand before the nouns as part of the topic (「这季度的」, "new", "the"); regular
     *                    expressions
     * @param determiners (en) words that make a topic definite; a topic without one gets "the"
     * @param replacements what the topic's first word becomes in the rewrite: a word that points back at someone
     *                    ("its", "their") or at the interviewee from outside (「你的」 in 「你对你的目标…」)
     * @param aspects     a judgement next to the topic and the neutral aspect it names ("too many": "number")
     * @param templates   the rewrite by code ({@code LEADING}, {@code CLOSED}) and {@code ASPECT} when an aspect
     *                    was named; {@code {topic}} and {@code {aspect}} are replaced
     */
    public record Topics(List<String> nouns, List<String> generic, List<String> modifiers,
                         List<String> determiners, Map<String, String> replacements, Map<String, String> aspects,
                         Map<String, String> templates) {

        public Topics {
            generic = generic == null ? List.of() : generic;
            determiners = determiners == null ? List.of() : determiners;
            replacements = replacements == null ? Map.of() : replacements;
            aspects = aspects == null ? Map.of() : aspects;
        }
    }

    /** Compiled form; {@code unless} is a pattern that, found in the sentence, cancels the rule. */
    record Compiled(Rule rule, Pattern pattern, Pattern unless, Pattern requires, Pattern rewritePattern) {

        /**
         * The rule's first match in the sentence, or null; the pattern is not tried where its required words are not.
         */
        Matcher find(String sentence) {
            if (requires != null && !requires.matcher(sentence).find()) {
                return null;
            }
            Matcher match = pattern.matcher(sentence);
            return match.find() ? match : null;
        }
    }

    List<Compiled> compiled() {
        return rules.stream().map(r -> new Compiled(r, compile(r.pattern()), compile(r.unless()),
                compile(r.requires()), compile(r.rewritePattern()))).toList();
    }

    /**
     * Case-insensitive for ASCII only: the rules' words are Chinese or English, and Unicode case folding of every
     * Chinese character a rule reads doubled the time of a lint.
     */
    private Pattern compile(String regex) {
        return regex == null ? null
                : Pattern.compile(spaced(expand(regex)), Pattern.CASE_INSENSITIVE);
    }

    /**
     * A space of a rule stands for any run of white space, so that "the  board" typed with two spaces (or a
     * tab) reads as "the board"; the rules have no space inside a character class or before a quantifier.
     */
    static String spaced(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
            } else if (c == ' ' && !inClass) {
                out.append("\\s+");
            } else {
                inClass = c == '[' || (inClass && c != ']');
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A word class as one pattern, or null when the rules have none of that name; with {@code wholeWords}, matched
     * only with a word boundary on either side, as the English rules use a class.
     */
    Pattern wordClass(String name, boolean wholeWords) {
        String word = "{{" + name + "}}";
        if (lexicon == null || !lexicon.containsKey(name)) {
            return null;
        }
        return compile(wholeWords ? "\\b" + word + "\\b" : word);
    }

    /** {@code {{NAME}}} becomes {@code (?:alternative|...)} of the lexicon's class; an unknown class is an error. */
    String expand(String regex) {
        return WORD_CLASS.matcher(regex).replaceAll(m -> {
            List<String> words = lexicon == null ? null : lexicon.get(m.group(1));
            if (words == null) {
                throw new IllegalStateException("lint/rules-" + locale + ".json: no word class " + m.group(1));
            }
            return Matcher.quoteReplacement("(?:" + String.join("|", words) + ")");
        });
    }

    static LintRules load(String locale) {
        return read("lint/rules-" + locale + ".json", LintRules.class);
    }

    /**
     * The messages, from {@code lint/messages.json}, by language of the request: what each code means, and the
     * sentence that says why for each reason ({@code {quote}} is the span's text, {@code {max}} the length limit,
     * {@code {kind}} the code's questions in the plural, for the model's reason).
     */
    record Messages(Map<String, Map<String, String>> codes, Map<String, Map<String, String>> reasons,
                    Map<String, Map<String, String>> kinds) {
    }

    static Messages messages() {
        return read("lint/messages.json", Messages.class);
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
