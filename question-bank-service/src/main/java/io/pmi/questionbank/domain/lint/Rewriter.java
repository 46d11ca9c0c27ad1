package io.pmi.questionbank.domain.lint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Neutral open rewrites for the LEADING and CLOSED findings that no rule has a rewrite for, in the forms where one
 * keeps the question's topic and stays grammatical: the open question that follows a premise, social-proof or
 * authority clause is kept without it; "Do you like X?", "Is X fair?", 「你对X满意吗?」, 「X的Y顺利吗?」 ask about X
 * openly, 「你打算X吗?」, 「你有X吗?」, 「你做过X吗?」 and 「X对你有帮助吗?」 ask about the intention, the situation or
 * the effect; in English a suggested view or a tag asks about the subject it judged ("Don't you think the form is too
 * long?" → "How would you describe the form?"), and "Why do you never…?" asks when the interviewee does it.
 * Anything else is left to {@link TopicRewrite} or gets no rewrite rather than an ungrammatical one, and the
 * linter keeps a rewrite only when it lints clean itself.
 */
final class Rewriter {

    private static final int ZH_TOPIC_MAX = 20;
    private static final int EN_TOPIC_MAX_WORDS = 8;
    private static final Pattern ZH_CLAUSES = Pattern.compile("^(?<premise>[^,?]+),\\s*(?<question>[^,]+?)[?]?\\s*$");
    private static final Pattern ZH_GENERIC = Pattern.compile(
            "^(?:那|所以)?(?:你|您)(?:自己)?(?:怎么看|觉得呢|的感受呢|的看法呢|怎么说|有什么补充|同意吗|认同吗|觉得怎么样|"
                    + "有什么看法|的想法呢|是什么感受|是什么看法|这边的情况是怎样的|这边有什么想法|的态度是什么)[??]?$");
    private static final Pattern ZH_YES_NO = Pattern.compile(
            "^(?:你|您)?(?:们)?(?:觉得|认为)?(?<pre>对)?(?<topic>.+?)(?:是否|有没有|是不是|会不会|能不能)?"
                    + "(?<adjective>满意|感兴趣|认可|认同|有信心|有意见|有帮助|清楚|了解|放心|公平|合理|有效|有用|够|足够|及时|到位|透明|明确|"
                    + "顺利|顺畅|客观|准确|完整|合适|必要)?"
                    + "(?:吗|么|嘛)[??]?\\s*$");
    /** 「你打算考证书吗?」: an intention asked about openly. */
    private static final Pattern ZH_INTENT = Pattern.compile(
            "^(?:你|您)(?:们)?(?:有没有|是否|是不是)?(?:打算|想过|想|考虑过|考虑|计划|准备|愿意)(?:要|去)?"
                    + "(?<topic>[^,?]{2,16}?)(?:吗|么|嘛)?[?]?\\s*$");
    /** 「你有固定的导师吗?」, 「你带过实习生吗?」: what the interviewee has or has done, asked as their situation. */
    private static final Pattern ZH_HAS = Pattern.compile(
            "^(?:你|您)(?:们)?(?:有没有|是否|还)?(?:(?<has>有)(?!没有)|(?<verb>\\p{IsHan}{1,2}?)过)(?<topic>[^,?]{2,14}?)"
                    + "(?:吗|么|嘛|没有)[?]?\\s*$");
    /** 「导师制对你有帮助吗?」: the effect asked about openly. */
    private static final Pattern ZH_EFFECT = Pattern.compile(
            "^(?<topic>[^,?你您]{2,14}?)对(?<who>你|您|你们|团队)(?:的工作)?(?:有没有|是否)?有(?:帮助|用|影响|作用)"
                    + "(?:吗|么|嘛)?[?]?\\s*$");
    private static final Pattern EN_CLAUSES = Pattern.compile(
            "^(?<premise>.+?)(?:[.;:!—–]|\\s-\\s|,)\\s*(?:so\\s+|and\\s+|but\\s+)?(?<question>(?:how|what|what's|where|why|"
                    + "which|who|when|is|are|do|does|did|would|will|can|could|have|has)\\b[^?]*)\\??\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_GENERIC = Pattern.compile(
            "^(?:where do you stand|what(?:'s| is) your (?:view|opinion|take|read)|how do you see (?:it|that|them)|"
                    + "do you agree|what would you add|is that your (?:read|view|experience) too|how has it been for you|"
                    + "what do you (?:make of|think of) (?:it|that|them)|how do you feel about (?:it|that|them)|"
                    + "would you agree|what do you think|what did you think|where do you land|how are you finding things|"
                    + "how's that (?:looking|been) for you|what's your opinion|how do you see them)\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_CLAUSE_SUBJECT = Pattern.compile(
            "(?:\\b(?:that|think|thinks|feel|feels|says?|said|told me|mentioned|believes?|concluded|insists?|shows?|"
                    + "found|agree|agrees|convinced|reckons?|saying|telling me|hearing)\\s+)"
                    + "(?<topic>(?:the|your|our|their|this|these|those|my|his|her|its)\\s+[\\w'-]+(?:\\s+[\\w'-]+){0,5}?)"
                    + "\\s+(?:is|are|was|were|has|have|had|feels?|seems?|looks?|will|would|can't|isn't|aren't|keeps?|"
                    + "never|always|slows?|takes?|gets?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_SUBJECT = Pattern.compile(
            "^\\s*(?<topic>(?:the|your|our|their|this|these|those|my|his|her|its)\\s+[\\w'-]+(?:\\s+[\\w'-]+){0,3}?)"
                    + "\\s+(?:is|are|was|were|has|have|had|feels?|seems?|looks?|will|would|can't|isn't|aren't|keeps?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String EN_NP = "(?<topic>(?:the|your|our|their|this|these|those|my)\\s+[\\w'-]+(?:\\s+[\\w'-]+){0,4}?)";
    /** "Do you like X?", "Is X fair?": X is what to ask about openly. */
    private static final List<Pattern> EN_YES_NO = List.of(
            Pattern.compile("^(?:so\\s+)?(?:do|did)\\s+you\\s+(?:like|enjoy|trust|understand|agree with|value|get on with)\\s+"
                    + EN_NP + "\\s*\\??\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:so\\s+)?(?:is|are|was|were)\\s+" + EN_NP + "\\s+(?:fair|clear|useful|realistic|reasonable|"
                    + "enough|good|helpful|right|effective|transparent|achievable|consistent)\\s*\\??\\s*$",
                    Pattern.CASE_INSENSITIVE));
    private static final Pattern EN_NOT_A_TOPIC = Pattern.compile(
            "(?i)\\b(?:and|or|for you|to you|with you|working|hold|holds|acceptable|approachable|supportive|who|that|"
                    + "which|favours|favors)\\b");
    /** Where the judgement of a premise starts: the topic is what comes before. */
    private static final Pattern ZH_NOT_A_TOPIC = Pattern.compile(
            "[你您我他她有]|^[的是在被让满每会能要想做更去很最]|吗|呢|吧|什么|怎|如何|哪|得$");

    /**
     * "Why do you never update the tickets?" presupposes a habit and asks to justify it; asking when the interviewee
     * does it keeps the action and drops the judgement: "How do you decide when to update the tickets?".
     */
    private static final Pattern EN_WHY_ALWAYS = Pattern.compile(
            "^(?:why do you|how come you|why don't you)\\s+(?:always|never|ever)\\s+(?<action>(?!\\w+ing\\b)[^,;?]+?)"
                    + "\\s*\\??\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * A question that points back at its premise ("how do they look?", 「你站在哪一边?」, or ends on a reply to it:
     * "How would you respond?", 「你有什么补充?」, 「你打算怎么办?」) means nothing without it, and one that carries it
     * on ("how do you cope", 「你花了多长时间才适应」) is still leading, so neither is kept alone.
     */
    private static final Pattern EN_REFERS_BACK = Pattern.compile(
            "(?i)^(?:that|it|this)\\b|\\b(?:they|them|it|that|those|these|yours|theirs|cope|coping|survive|put up with|"
                    + "despite|so (?:well|strong|good|bad|badly|weak|hard))\\b"
                    + "|\\b(?:respond|react|reply|add|say|agree|disagree|accept)\\s*[?.!]*\\s*$");
    private static final Pattern ZH_REFERS_BACK = Pattern.compile(
            "^那|这(?!个?(?:季度|半年|一年|年|个月|月|周))|那[个种些样]|[他她它]|哪一边|哪边|同感|也是|应对|应付|熬|坚持|才|差在|"
                    + "滋味|回应|补充|反驳|认同|同意|怎么办|咋办");

    private Rewriter() {
    }

    /** A rewrite of the sentence for the finding, or null when none keeps its topic. */
    static String rewrite(LintCode code, LintReason reason, String sentence, String locale) {
        if (code != LintCode.LEADING && code != LintCode.CLOSED) {
            return null;
        }
        String text = sentence.strip();
        return QuestionLinter.ZH_CN.equals(locale) ? chinese(code, reason, text) : english(code, reason, text);
    }

    private static String chinese(LintCode code, LintReason reason, String text) {
        Matcher clauses = ZH_CLAUSES.matcher(text);
        if (code == LintCode.LEADING && clauses.matches() && premise(reason)) {
            String question = clauses.group("question").strip();
            if (!ZH_GENERIC.matcher(question).matches()) {
                return question.codePointCount(0, question.length()) >= 6 && !ZH_REFERS_BACK.matcher(question).find()
                        ? (question.endsWith("?") ? question : question + "?") : null;
            }
            return null;
        }
        if (code == LintCode.CLOSED) {
            String asked = chineseSituation(text);
            if (asked != null) {
                return asked;
            }
            Matcher yesNo = ZH_YES_NO.matcher(text);
            if (!yesNo.matches() || (yesNo.group("pre") == null && yesNo.group("adjective") == null)) {
                return null;
            }
            String topic = clean(yesNo.group("topic"));
            return acceptable(topic) && (yesNo.group("pre") != null || topic.contains("的"))
                    ? (yesNo.group("pre") != null ? "你对" + topic + "有什么看法?" : "你怎么看" + topic + "?") : null;
        }
        return null;
    }

    /** An intention, a situation or an effect asked openly, or null when the question is none of these forms. */
    private static String chineseSituation(String text) {
        Matcher intent = ZH_INTENT.matcher(text);
        if (intent.matches() && acceptable(clean(intent.group("topic")))) {
            return "关于" + clean(intent.group("topic")) + ",你是怎么考虑的?";
        }
        Matcher has = ZH_HAS.matcher(text);
        if (has.matches() && acceptable(clean(has.group("topic")))) {
            String topic = clean(has.group("topic"));
            return has.group("has") != null ? "关于" + topic + ",你目前的情况是怎样的?"
                    : "你在" + has.group("verb") + topic + "方面的情况是怎样的?";
        }
        Matcher effect = ZH_EFFECT.matcher(text);
        if (effect.matches() && acceptable(clean(effect.group("topic")))) {
            return clean(effect.group("topic")) + "对" + effect.group("who") + "的工作有什么影响?";
        }
        return null;
    }

    private static String clean(String s) {
        return s.replaceAll("[\\s,、。?!]+", "").replaceAll("的$", "");
    }

    private static boolean acceptable(String topic) {
        int n = topic.codePointCount(0, topic.length());
        return n >= 2 && n <= ZH_TOPIC_MAX && !ZH_NOT_A_TOPIC.matcher(topic).find();
    }

    private static String english(LintCode code, LintReason reason, String text) {
        Matcher habit = EN_WHY_ALWAYS.matcher(text);
        if (code == LintCode.LEADING && reason == LintReason.ABSOLUTE && habit.matches()) {
            return "How do you decide when to " + habit.group("action").strip() + "?";
        }
        Matcher clauses = EN_CLAUSES.matcher(text);
        if (code == LintCode.LEADING && clauses.matches() && premise(reason)) {
            String question = clauses.group("question").strip();
            if (!EN_GENERIC.matcher(question).matches()) {
                return question.split("\\s+").length >= 4 && !EN_REFERS_BACK.matcher(question).find()
                        ? capitalise(question) + "?" : null;
            }
            return enTopic(clauses.group("premise"), true).map(t -> "How would you describe " + t + "?").orElse(null);
        }
        if (code == LintCode.CLOSED) {
            for (Pattern form : EN_YES_NO) {
                Matcher yesNo = form.matcher(text);
                if (yesNo.matches() && !EN_NOT_A_TOPIC.matcher(yesNo.group("topic")).find()) {
                    return "How would you describe " + yesNo.group("topic").strip() + "?";
                }
            }
            return null;
        }
        String core = text.replaceAll("(?i)^\\s*(?:don't|do not|wouldn't|won't|can't|isn't|aren't)\\s+you\\s+"
                + "(?:think|agree|feel|find|say)\\s+(?:that\\s+)?", "").replaceAll("(?i),\\s*(?:right|don't you|"
                + "aren't they|isn't it|wouldn't you|correct|yeah)\\s*\\??\\s*$", "");
        return core.contains(",") ? null
                : enTopic(core, false).map(t -> "How would you describe " + t + "?").orElse(null);
    }

    private static java.util.Optional<String> enTopic(String clause, boolean embedded) {
        Matcher subject = (embedded ? EN_CLAUSE_SUBJECT : EN_SUBJECT).matcher(clause);
        if (!subject.find()) {
            return Optional.empty();
        }
        String topic = subject.group("topic").strip();
        return topic.split("\\s+").length <= EN_TOPIC_MAX_WORDS && !EN_NOT_A_TOPIC.matcher(topic).find()
                ? Optional.of(topic.substring(0, 1).toLowerCase(Locale.ROOT) + topic.substring(1))
                : Optional.empty();
    }

    /** Reasons whose device is a clause before the question: the question after it may be open already. */
    private static boolean premise(LintReason reason) {
        return reason == LintReason.SOCIAL_PROOF || reason == LintReason.AUTHORITY || reason == LintReason.PREMISE
                || reason == LintReason.MODEL;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
