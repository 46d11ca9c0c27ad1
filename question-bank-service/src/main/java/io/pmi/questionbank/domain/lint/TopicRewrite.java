package io.pmi.questionbank.domain.lint;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The last resort of a rewrite: the question's topic, found as a run of the domain's nouns from the rules' data
 * ({@code topics}: 「销售目标」, "review process") with the modifier and determiner before it (「这季度的」, "the
 * new"), asked about openly by the language's template: 「你对这季度的销售目标有什么看法?」, "How do you see the
 * new review process?". A judgement next to the topic that names an aspect ("too many", 「太复杂」) keeps the
 * aspect and drops the judgement: 「你对绩效指标的数量有什么看法?」. People are never the topic: in "Your colleagues
 * say the targets are too high" the targets are what the question is about, and "What do you think of your
 * manager?" is not what "Do you feel comfortable raising concerns with your manager?" asks, so a question about a
 * person gets no rewrite. Generic nouns ("problem", 「工作」) are the topic only when nothing more specific is named.
 */
final class TopicRewrite {

    /** A judgement this far from the topic (characters) still names its aspect. */
    private static final int ASPECT_REACH = 12;

    private final boolean words;
    private final Pattern topic;
    private final Pattern generic;
    private final Pattern aspectAfter;
    private final Pattern aspectBefore;
    private final LintRules.Topics data;

    private TopicRewrite(boolean words, LintRules.Topics data) {
        this.words = words;
        this.data = data;
        String nouns = alternatives(data.nouns());
        String modifiers = alternatives(data.modifiers());
        String aspects = alternatives(data.aspects().keySet().stream().toList());
        int flags = Pattern.CASE_INSENSITIVE;
        if (words) {
            String noun = "(?:[a-z]+-)*(?:" + nouns + ")";
            this.topic = Pattern.compile("\\b(?<modifier>(?:(?:" + modifiers + "|[\\w-]+'s)\\s+){0,3})"
                    + "(?<head>" + noun + "(?:\\s+" + noun + ")*)\\b", flags);
            this.aspectAfter = Pattern.compile("^[^,;?]{0," + ASPECT_REACH + "}?\\b(?<aspect>" + aspects + ")\\b",
                    flags);
            this.aspectBefore = Pattern.compile("\\b(?<aspect>" + aspects + ")\\s+$", flags);
        } else {
            String run = "(?:" + nouns + ")+";
            this.topic = Pattern.compile("(?<modifier>(?:" + modifiers + "){0,2})(?<head>" + run + "(?:的" + run
                    + ")?)", flags);
            this.aspectAfter = Pattern.compile("^[^,;?]{0," + ASPECT_REACH / 2 + "}?(?<aspect>" + aspects + ")",
                    flags);
            this.aspectBefore = Pattern.compile("(?<aspect>" + aspects + ")$", flags);
        }
        this.generic = whole(data.generic(), flags);
    }

    /** A head made of these words only: "problems", 「问题」. */
    private Pattern whole(List<String> nouns, int flags) {
        return Pattern.compile("^(?:(?:" + alternatives(nouns) + ")" + (words ? "\\s*" : "") + ")+$", flags);
    }

    static TopicRewrite of(LintRules rules) {
        return rules.topics() == null ? null : new TopicRewrite(!QuestionLinter.ZH_CN.equals(rules.locale()),
                rules.topics());
    }

    /** Longest first, so that 「绩效指标」 wins over 「绩效」 and "review process" over "review". */
    private static String alternatives(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|"));
    }

    /** The open question about the sentence's topic, or null when it names none of the domain's nouns. */
    String rewrite(LintCode code, String sentence) {
        Matcher found = topic.matcher(sentence);
        String best = null;
        int bestStart = 0;
        int bestEnd = 0;
        int bestScore = -1;
        while (found.find()) {
            String head = found.group("head");
            String h = head.strip();
            int score = (generic.matcher(h).matches() ? 0 : 1000) + found.group().strip().length();
            if (score > bestScore) {
                best = (found.group("modifier") + head).strip();
                bestStart = found.start();
                bestEnd = found.end();
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        String aspect = aspect(sentence.substring(bestEnd), aspectAfter);
        if (aspect == null) {
            aspect = aspect(sentence.substring(0, bestStart), aspectBefore);
        }
        String topic = replaceFirstWord(words ? best : best.replaceAll("的$", ""));
        String subject = words ? withDeterminer(bestStart == 0 ? sentenceCase(topic) : topic, aspect == null) : topic;
        String template = aspect == null ? data.templates().get(code.name()) : data.templates().get("ASPECT");
        return template == null ? null
                : template.replace("{topic}", subject).replace("{aspect}", aspect == null ? "" : aspect);
    }

    private String aspect(String context, Pattern pattern) {
        Matcher m = pattern.matcher(context);
        if (!m.find()) {
            return null;
        }
        String said = m.group("aspect").toLowerCase(Locale.ROOT);
        return data.aspects().entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(said))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The topic's first word as the rewrite says it: "its targets" become "the targets", 「你的」 「自己的」. */
    private String replaceFirstWord(String topic) {
        for (Map.Entry<String, String> replacement : data.replacements().entrySet()) {
            String from = replacement.getKey();
            if (topic.regionMatches(true, 0, from, 0, from.length())
                    && (!words || topic.length() == from.length() || topic.charAt(from.length()) == ' ')) {
                return replacement.getValue() + topic.substring(from.length());
            }
        }
        return topic;
    }

    /** A capital that only began the sentence goes: "Workload" becomes "workload"; "KPIs" and "OKR" stay. */
    private static String sentenceCase(String phrase) {
        return phrase.length() > 1 && Character.isUpperCase(phrase.charAt(0)) && Character.isLowerCase(phrase.charAt(1))
                ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1) : phrase;
    }

    /**
     * "targets" becomes "the targets" ("the number of targets" after an aspect); "your targets" and "the team's
     * targets" keep theirs. A first word that only began the sentence ("The", "New") is written in lower case.
     */
    private String withDeterminer(String phrase, boolean add) {
        String first = phrase.split("\\s+", 2)[0];
        String lower = first.toLowerCase(Locale.ROOT);
        String written = data.modifiers().contains(lower) ? lower + phrase.substring(first.length()) : phrase;
        boolean determined = data.determiners().contains(lower) || lower.endsWith("'s");
        return determined || !add ? written : "the " + written;
    }
}
