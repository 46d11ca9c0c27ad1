package io.pmi.questionbank.domain.lint;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.questionbank.domain.QuestionType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Flags leading, closed, double-barreled, loaded and overlong questions with rules kept as data
 * ({@code lint/rules-zh-CN.json}, {@code lint/rules-en.json}) and proposes neutral open rewrites where a rule
 * knows one. Pure and in-process: no model, no remote call.
 *
 * <p>A text is linted sentence by sentence, so that a probe chain such as 「哪些指标不合理呢?为什么你觉得不合理?」
 * is two questions, not one double-barreled question. Within a sentence the finding that explains it best
 * suppresses the weaker ones: a leading tag question is LEADING, not also CLOSED and LOADED.
 */
@ApplicationScoped
public class QuestionLinter {

    public static final String ZH_CN = "zh-CN";
    public static final String EN = "en";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern SENTENCE = Pattern.compile("[^?!。;]+[?!。;]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

    private final Map<String, Language> languages = Map.of(ZH_CN, Language.of(LintRules.load(ZH_CN)),
            EN, Language.of(LintRules.load(EN)));
    private final Map<String, Map<String, String>> messages = LintRules.messages();

    public record Result(String locale, List<LintFinding> findings) {
    }

    private record Language(LintRules rules, List<LintRules.Compiled> compiled, List<Pattern> openRequests,
                            Pattern loaded) {
        static Language of(LintRules rules) {
            boolean words = !ZH_CN.equals(rules.locale());
            String alternatives = rules.loadedWords().stream().map(Pattern::quote).collect(Collectors.joining("|"));
            return new Language(rules, rules.compiled(),
                    rules.openRequests().stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList(),
                    Pattern.compile(words ? "\\b(?:" + alternatives + ")\\b" : "(?:" + alternatives + ")",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /**
     * @param locale   the text's language, or null to detect it (any Chinese character makes it zh-CN)
     * @param type     the question's type; only OPEN questions can be CLOSED
     * @param language the language messages are written in
     */
    public Result lint(String original, String locale, QuestionType type, ContentLanguage language) {
        String text = normalize(original);
        String effective = locale != null ? locale : HAN.matcher(text).find() ? ZH_CN : EN;
        Language rules = languages.get(effective);
        List<LintFinding> findings = new ArrayList<>();
        String wording = type == QuestionType.OPEN ? text : blankBracketed(text);
        Matcher sentences = SENTENCE.matcher(wording);
        while (sentences.find()) {
            findings.addAll(lintSentence(wording, sentences.start(), sentences.end(), rules, type, language));
        }
        int length = ZH_CN.equals(effective) ? text.replaceAll("[\\p{P}\\s]", "").length()
                : text.trim().split("\\s+").length;
        if (length > rules.rules().maxLength()) {
            findings.add(finding(LintCode.TOO_LONG, language, 0, text.length(), null));
        }
        findings.sort(Comparator.comparingInt(LintFinding::start).thenComparing(LintFinding::code));
        return new Result(effective, List.copyOf(findings));
    }

    private List<LintFinding> lintSentence(String text, int from, int to, Language rules, QuestionType type,
                                           ContentLanguage language) {
        String sentence = text.substring(from, to);
        boolean openRequest = rules.openRequests().stream().anyMatch(p -> p.matcher(sentence).find());
        List<LintFinding> found = new ArrayList<>();
        for (LintRules.Compiled rule : rules.compiled()) {
            LintCode code = rule.rule().code();
            if (code == LintCode.CLOSED && (type != QuestionType.OPEN || openRequest)) {
                continue;
            }
            if (found.stream().anyMatch(f -> f.code() == code)) {
                continue;
            }
            Matcher match = rule.pattern().matcher(sentence);
            if (match.find() && (rule.unless() == null || !rule.unless().matcher(sentence).find())) {
                found.add(finding(code, language, from + match.start(), from + match.end(),
                        rewrite(rule, sentence.trim())));
            }
        }
        Matcher loaded = rules.loaded().matcher(sentence);
        if (loaded.find()) {
            found.add(finding(LintCode.LOADED, language, from + loaded.start(), from + loaded.end(), null));
        }
        if (found.stream().anyMatch(f -> f.code() == LintCode.LEADING)) {
            found.removeIf(f -> f.code() == LintCode.CLOSED || f.code() == LintCode.LOADED);
        }
        return found;
    }

    /**
     * Full-width punctuation (？，！；：（）) and typographic apostrophes become their ASCII forms, one character for one,
     * so that rules need one spelling and offsets still point into the original text.
     */
    static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF1F' && !Character.isLetterOrDigit(c)) {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u2019' || c == '\u2018') {
                chars[i] = '\'';
            }
        }
        return new String(chars);
    }

    /**
     * The bracketed anchors and options of a SCALE or choice question, 「(1=完全不认同,5=完全认同)」, are answer
     * labels rather than wording of the question, so they are blanked (same length, offsets unchanged) before
     * the sentence rules run; no rule can see the question's type.
     */
    static String blankBracketed(String text) {
        return BRACKETED.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }

    private static String rewrite(LintRules.Compiled rule, String sentence) {
        if (rule.rewritePattern() == null) {
            return null;
        }
        Matcher whole = rule.rewritePattern().matcher(sentence);
        if (!whole.matches()) {
            return null;
        }
        Map<String, String> aspects = rule.rule().aspects() == null ? Map.of() : rule.rule().aspects();
        return PLACEHOLDER.matcher(rule.rule().rewrite()).replaceAll(placeholder -> {
            String name = placeholder.group(1);
            String value = name.equals("aspect") ? aspects.getOrDefault(whole.group("judgement"), "")
                    : whole.group(name);
            return Matcher.quoteReplacement(value == null ? "" : value.trim());
        });
    }

    private LintFinding finding(LintCode code, ContentLanguage language, int start, int end, String suggestion) {
        Severity severity = code == LintCode.LEADING || code == LintCode.CLOSED ? Severity.ERROR : Severity.WARNING;
        return new LintFinding(code, severity, messages.get(code.name()).get(language.tag()), start, end, suggestion);
    }
}
