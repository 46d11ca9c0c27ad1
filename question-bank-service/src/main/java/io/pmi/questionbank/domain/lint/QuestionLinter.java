package io.pmi.questionbank.domain.lint;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.questionbank.domain.QuestionType;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Flags leading, closed, double-barreled, loaded and overlong questions with rules kept as data
 * ({@code lint/rules-zh-CN.json}, {@code lint/rules-en.json}) and proposes neutral open rewrites where a rule
 * knows one. Pure and in-process: no model, no remote call.
 *
 * <p>A text is linted sentence by sentence, so that a probe chain such as 「哪些指标不合理呢?为什么你觉得不合理?」
 * is two questions, not one double-barreled question. The finding that explains a question best suppresses the
 * weaker ones: a leading tag question is LEADING, not also LOADED, and not also CLOSED when its statement carries a
 * judgement (「…太多了,对吧?」); a confirmation of a plain fact (「评分满分是五分,对不对?」, "Isn't your appraisal next
 * week?") is closed first, so it keeps its CLOSED finding beside the LEADING one when the model reads it as closed.
 *
 * <p>Created at start-up, not on the first lint: reading the models and compiling the rules takes about a second on
 * a cold JVM, which a caller's 2 s timeout (interview-service linting a question asked on the spot) would not
 * survive on a busy machine.
 */
@Startup
@ApplicationScoped
public class QuestionLinter {

    public static final String ZH_CN = "zh-CN";
    public static final String EN = "en";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern SENTENCE = Pattern.compile("[^?!。;]+[?!。;]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    /**
     * Leading by a judgement the question takes as given: the judgement word keeps its own LOADED warning, since
     * removing the premise alone leaves it in the text.
     */
    private static final Set<LintReason> JUDGED = EnumSet.of(LintReason.PREMISE, LintReason.ABSOLUTE,
            LintReason.LOADED_ALTERNATIVES);
    /** A quoted span longer than this is cut, so that a message stays one line. */
    private static final int QUOTE_MAX = 30;
    private static final List<LintCode> MODEL_CODES = List.of(LintCode.LEADING, LintCode.CLOSED,
            LintCode.DOUBLE_BARRELED);

    private final Map<String, Language> languages = Map.of(ZH_CN, Language.of(LintRules.load(ZH_CN)),
            EN, Language.of(LintRules.load(EN)));
    private final LintRules.Messages messages = LintRules.messages();
    private final Map<String, LintModel> models;

    public QuestionLinter() {
        this(Map.of(ZH_CN, LintModel.load(ZH_CN), EN, LintModel.load(EN)));
    }

    /** With the given models by locale; a locale without one is linted by the rules alone. */
    QuestionLinter(Map<String, LintModel> models) {
        this.models = Map.copyOf(models);
    }

    public record Result(String locale, List<LintFinding> findings) {
    }

    /**
     * @param balanced     a report that gives more than one side (lexicon class {@code BALANCED}): the model's
     *                     LEADING is not given where one is found, as the social-proof rules are not
     * @param openQuestion the start of an open question (lexicon class {@code OPEN_QUESTION}): the model's CLOSED is
     *                     not given to a question whose last clause is one
     * @param factual      a premise that states a plain change or event (lexicon class {@code FACTUAL_PREMISE}: "Since
     *                     the plan was changed last quarter, …"): with no negative judgement ({@code NEG}) in the
     *                     question, the model's LEADING is not given, since the structure alone is no judgement
     * @param politeTail   a courtesy after the question proper (lexicon class {@code POLITE_TAIL}: 「…,方便说说吗?」,
     *                     "…, as far as you know?"): the model's findings read the question without it, so that its
     *                     comma is no second question and its 吗 no yes/no question
     * @param relation     a relation between the things named (lexicon class {@code RELATION}: 「之间」, "linked",
     *                     "each"): two things asked in relation are one question, so the model's DOUBLE_BARRELED is
     *                     not given where one is found (the rules name their own exceptions)
     */
    private record Language(LintRules rules, List<LintRules.Compiled> compiled, List<Pattern> openRequests,
                            Pattern loaded, Pattern loadedUnless, Pattern joiner, TopicRewrite topics,
                            Pattern balanced, Pattern openQuestion, Pattern factual, Pattern negative,
                            Pattern politeTail, Pattern relation) {
        static Language of(LintRules rules) {
            boolean words = !ZH_CN.equals(rules.locale());
            String alternatives = rules.loadedWords().stream()
                    .map(w -> Arrays.stream(w.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                    .collect(Collectors.joining("|"));
            return new Language(rules, rules.compiled(),
                    rules.openRequests().stream()
                            .map(p -> Pattern.compile(LintRules.spaced(p), Pattern.CASE_INSENSITIVE)).toList(),
                    Pattern.compile(words ? "\\b(?:" + alternatives + ")\\b" : "(?:" + alternatives + ")",
                            Pattern.CASE_INSENSITIVE),
                    rules.loadedUnless().isEmpty() ? null
                            : Pattern.compile(LintRules.spaced(String.join("|", rules.loadedUnless())),
                                    Pattern.CASE_INSENSITIVE),
                    Pattern.compile(rules.joiner(), Pattern.CASE_INSENSITIVE), TopicRewrite.of(rules),
                    rules.wordClass("BALANCED", false), rules.wordClass("OPEN_QUESTION", false),
                    rules.wordClass("FACTUAL_PREMISE", false), rules.wordClass("NEG", words),
                    tail(rules.wordClass("POLITE_TAIL", words)), rules.wordClass("RELATION", words));
        }

        /** The courtesy as the end of a question: a comma, the courtesy, the question mark. */
        private static Pattern tail(Pattern courtesy) {
            return courtesy == null ? null
                    : Pattern.compile("[,;]\\s*(?:" + courtesy.pattern() + ")\\s*[?!.]*\\s*$",
                            Pattern.CASE_INSENSITIVE);
        }
    }

    /**
     * @param locale   the text's language, or null to detect it (any Chinese character makes it zh-CN)
     * @param type     the question's type; only OPEN questions can be CLOSED
     * @param language the language messages are written in
     */
    public Result lint(String original, String locale, QuestionType type, ContentLanguage language) {
        Result result = lintOnly(original, locale, type, language);
        return new Result(result.locale(), result.findings().stream()
                .map(f -> f.suggestion() != null && clean(f.suggestion(), result.locale(), language) ? f
                        : withRewrite(f, original, result.locale(), type, language))
                .toList());
    }

    private boolean clean(String rewrite, String locale, ContentLanguage language) {
        return lintOnly(rewrite, locale, QuestionType.OPEN, language).findings().isEmpty();
    }

    /** The findings, with only the rules' own rewrites. */
    private Result lintOnly(String original, String locale, QuestionType type, ContentLanguage language) {
        String effective = locale != null ? locale : HAN.matcher(original).find() ? ZH_CN : EN;
        LintModel model = models.get(effective);
        if (model == null) {
            return lintWith(original, effective, type, language, null, Map.of());
        }
        String wording = type == QuestionType.OPEN ? original : blankBracketed(original);
        Map<LintCode, Double> thresholds = new EnumMap<>(LintCode.class);
        for (LintCode code : MODEL_CODES) {
            thresholds.put(code, model.threshold(code));
        }
        return lintWith(original, effective, type, language, model.predict(wording), thresholds);
    }

    /**
     * A LEADING or CLOSED finding without a rule's rewrite that lints clean gets the {@link Rewriter}'s for the
     * sentence it is in, or else the {@link TopicRewrite}'s, whichever first lints clean (no error, no warning)
     * itself; otherwise it has none.
     */
    private LintFinding withRewrite(LintFinding found, String original, String locale, QuestionType type,
                                    ContentLanguage language) {
        LintFinding finding = found.suggestion() == null ? found : new LintFinding(found.code(), found.severity(),
                found.message(), found.start(), found.end(), null, found.reason());
        if (type != QuestionType.OPEN || (finding.code() != LintCode.LEADING && finding.code() != LintCode.CLOSED)) {
            return finding;
        }
        String text = normalize(original);
        Matcher sentences = SENTENCE.matcher(text);
        String sentence = text;
        while (sentences.find()) {
            if (sentences.start() <= finding.start() && finding.start() < sentences.end()) {
                sentence = text.substring(sentences.start(), sentences.end());
                break;
            }
        }
        String rewrite = Rewriter.rewrite(finding.code(), finding.reason(), sentence, locale);
        if (rewrite == null || !clean(rewrite, locale, language)) {
            TopicRewrite topics = languages.get(locale).topics();
            rewrite = topics == null ? null : topics.rewrite(finding.code(), sentence.strip());
            if (rewrite == null || !clean(rewrite, locale, language)) {
                return finding;
            }
        }
        return new LintFinding(finding.code(), finding.severity(), finding.message(), finding.start(), finding.end(),
                rewrite, finding.reason());
    }

    /**
     * The rules' findings, and a finding of the model for each code that no rule gave where the prediction reaches
     * the code's threshold. Package-private so that the trainer can judge the linter with a cross-validated
     * prediction.
     */
    Result lintWith(String original, String locale, QuestionType type, ContentLanguage language,
                    LintModel.Prediction prediction, Map<LintCode, Double> thresholds) {
        String text = normalize(original);
        Language rules = languages.get(locale);
        List<LintFinding> findings = new ArrayList<>();
        String wording = type == QuestionType.OPEN ? text : blankBracketed(text);
        Matcher sentences = SENTENCE.matcher(wording);
        boolean openRequest = false;
        while (sentences.find()) {
            String sentence = wording.substring(sentences.start(), sentences.end());
            openRequest |= rules.openRequests().stream().anyMatch(p -> p.matcher(sentence).find());
            findings.addAll(lintSentence(wording, sentences.start(), sentences.end(), rules, type, language, false));
        }
        for (LintFinding whole : lintSentence(wording, 0, wording.length(), rules, type, language, true)) {
            if (findings.stream().noneMatch(f -> f.code() == whole.code())) {
                findings.add(whole);
            }
        }
        if (prediction != null) {
            findings.addAll(modelFindings(wording, locale, type, language, prediction, thresholds, findings,
                    openRequest));
        }
        // A LEADING finding replaces a CLOSED one unless the question confirms a plain fact (see the class comment).
        if (findings.stream().anyMatch(f -> f.code() == LintCode.LEADING) && (prediction == null
                || prediction.probability(LintCode.CLOSED) < thresholds.getOrDefault(LintCode.CLOSED, 2.0)
                || finds(rules.negative(), wording) || findings.stream().anyMatch(f -> f.code() == LintCode.LOADED))) {
            findings.removeIf(f -> f.code() == LintCode.CLOSED);
        }
        int length = ZH_CN.equals(locale) ? text.replaceAll("[\\p{P}\\s]", "").length()
                : text.trim().split("\\s+").length;
        if (length > rules.rules().maxLength()) {
            findings.add(finding(LintCode.TOO_LONG, LintReason.LENGTH, rules, language, text, 0, text.length(),
                    null));
        }
        findings.sort(Comparator.comparingInt(LintFinding::start).thenComparing(LintFinding::code));
        return new Result(locale, List.copyOf(findings));
    }

    /**
     * The model reads the whole question. Its LEADING finding is the best explanation, as a rule's is: no CLOSED
     * finding of the model's own follows it, and a LOADED one stays, since the model does not point at the word; a
     * polite open request, or a question whose last clause is an open one, is never CLOSED, and a balanced report,
     * or a plain factual premise without a negative judgement, is not LEADING.
     */
    private List<LintFinding> modelFindings(String wording, String locale, QuestionType type,
                                            ContentLanguage language, LintModel.Prediction prediction,
                                            Map<LintCode, Double> thresholds, List<LintFinding> found,
                                            boolean openRequest) {
        List<LintFinding> added = new ArrayList<>();
        if (found.stream().anyMatch(f -> f.code() == LintCode.LEADING)) {
            return added;
        }
        LintModel model = models.get(locale);
        Language rules = languages.get(locale);
        for (LintCode code : MODEL_CODES) {
            if (prediction.probability(code) < thresholds.getOrDefault(code, 2.0)
                    || found.stream().anyMatch(f -> f.code() == code)
                    || !asked(code, wording, type, rules, openRequest)) {
                continue;
            }
            int[] span = model == null ? new int[]{0, wording.length()} : model.evidence(wording, code);
            added.add(finding(code, LintReason.MODEL, rules, language, wording, span[0], span[1], null));
            if (code == LintCode.LEADING) {
                break;
            }
        }
        return added;
    }

    /**
     * Whether the linter takes the model's word for {@code code} on this question; read only for a code the model
     * is sure enough of, since most questions reach no threshold.
     */
    private static boolean asked(LintCode code, String text, QuestionType type, Language rules,
                                 boolean openRequest) {
        Matcher courtesy = rules.politeTail() == null ? null : rules.politeTail().matcher(text);
        String wording = courtesy != null && courtesy.find() ? text.substring(0, courtesy.start()) : text;
        return switch (code) {
            case CLOSED -> type == QuestionType.OPEN && !openRequest
                    && !finds(rules.openQuestion(), wording.substring(TextFeatures.lastClause(wording)));
            case DOUBLE_BARRELED -> rules.joiner().matcher(wording).find() && !finds(rules.relation(), wording);
            case LEADING -> !finds(rules.balanced(), wording)
                    && (!finds(rules.factual(), wording) || finds(rules.negative(), wording));
            default -> true;
        };
    }

    /** Whether an optional word class (null when the rules have none) occurs in the text. */
    private static boolean finds(Pattern wordClass, String text) {
        return wordClass != null && wordClass.matcher(text).find();
    }

    /** The findings of the sentence rules in one sentence, or, with {@code wholeText}, of the text rules. */
    private List<LintFinding> lintSentence(String text, int from, int to, Language rules, QuestionType type,
                                           ContentLanguage language, boolean wholeText) {
        String sentence = text.substring(from, to);
        boolean openRequest = rules.openRequests().stream().anyMatch(p -> p.matcher(sentence).find());
        List<LintFinding> found = new ArrayList<>();
        for (LintRules.Compiled rule : rules.compiled()) {
            LintCode code = rule.rule().code();
            if (rule.rule().wholeText() != wholeText) {
                continue;
            }
            if (code == LintCode.CLOSED && (type != QuestionType.OPEN || openRequest)) {
                continue;
            }
            if (found.stream().anyMatch(f -> f.code() == code)) {
                continue;
            }
            Matcher match = rule.find(sentence);
            if (match != null && (rule.unless() == null || !rule.unless().matcher(sentence).find())) {
                found.add(finding(code, rule.rule().reason(), rules, language, text, from + match.start(),
                        from + match.end(), rewrite(rule, sentence.trim())));
            }
        }
        Matcher loaded = rules.loaded().matcher(sentence);
        if (!wholeText && loaded.find()
                && (rules.loadedUnless() == null || !rules.loadedUnless().matcher(sentence).find())) {
            found.add(finding(LintCode.LOADED, LintReason.JUDGEMENT_WORD, rules, language, text, from + loaded.start(),
                    from + loaded.end(), null));
        }
        found.stream().filter(f -> f.code() == LintCode.LEADING).findFirst().ifPresent(leading -> found.removeIf(f ->
                f.code() == LintCode.LOADED && !JUDGED.contains(leading.reason())));
        return found;
    }

    /**
     * Full-width punctuation (？，！；：（）), typographic apostrophes and the ellipsis (a pause before the question
     * proper, "…what's your view?") become their ASCII forms, one character for one, so that rules need one spelling
     * and offsets still point into the original text.
     */
    static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF1F' && !Character.isLetterOrDigit(c)) {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u2019' || c == '\u2018') {
                chars[i] = '\'';
            } else if (c == '\u2026') {
                chars[i] = '.';
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

    private LintFinding finding(LintCode code, LintReason reason, Language rules, ContentLanguage language,
                                String text, int start, int end, String suggestion) {
        Severity severity = code == LintCode.LEADING || code == LintCode.CLOSED ? Severity.ERROR : Severity.WARNING;
        String quote = text.substring(start, end).strip();
        if (quote.codePointCount(0, quote.length()) > QUOTE_MAX) {
            int cut = quote.offsetByCodePoints(0, QUOTE_MAX - 1);
            int space = quote.lastIndexOf(' ', cut);
            quote = (Character.isLetter(quote.charAt(cut)) && space > 0 ? quote.substring(0, space)
                    : quote.substring(0, cut)) + "…";
        }
        String limit = Integer.toString(rules.rules().maxLength());
        String why = messages.reasons().get(reason.name()).get(language.tag()).replace("{quote}", quote)
                .replace("{max}", limit).replace("{kind}", messages.kinds().get(code.name()).get(language.tag()));
        String separator = language == ContentLanguage.ZH_CN ? "" : " ";
        return new LintFinding(code, severity, messages.codes().get(code.name()).get(language.tag()) + separator + why,
                start, end, suggestion, reason);
    }
}
