package io.pmi.questionbank.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** The working copy of a guide as stored ({@code guide.content}); question references are question ids. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuideContent(String key, SourceRole role, Map<String, String> title, List<String> locales,
                           Map<String, String> opening, List<Section> sections, Map<String, String> closing,
                           int estimatedMinutes) {

    /** The seed's advice for the opening: the purpose is to improve, not to blame; what is said stays confidential. */
    public static final Map<String, String> DEFAULT_OPENING = LocalizedTexts.of(
            "今天想和你聊一聊绩效管理的事。这不是来找问题、追究谁的责任,而是想了解实际情况,让绩效管理更合理、大家以后工作更顺畅。"
                    + "你今天说的内容会严格保密,不会随意传播;报告里不会出现你的名字。有任何不想回答的问题都可以跳过。",
            "Today I would like to talk with you about performance management. This is not about finding fault or "
                    + "blaming anyone: we want to understand how things really work so that performance management "
                    + "becomes fairer and work gets easier. What you say stays confidential: it will not be passed "
                    + "around, and your name will not appear in any report. You may skip any question.");
    public static final Map<String, String> DEFAULT_CLOSING = LocalizedTexts.of(
            "谢谢你坦诚的分享。我们会把大家的意见汇总分析,用于改进绩效管理,结果会以不具名的方式反馈给大家。"
                    + "最后,还有什么你想补充的吗?",
            "Thank you for sharing so openly. We will put everyone's views together and use them to improve "
                    + "performance management, and share the results without names. Before we finish, is there "
                    + "anything else you would like to add?");
    public static final int DEFAULT_MINUTES = 45;
    public static final List<String> DEFAULT_LOCALES = List.of(LocalizedTexts.ZH_CN, LocalizedTexts.EN);

    /** A guide as its author wrote it: what they left out (null) takes the defaults above. */
    public static GuideContent of(String key, SourceRole role, Map<String, String> title, List<String> locales,
                                  Map<String, String> opening, List<Section> sections, Map<String, String> closing,
                                  Integer estimatedMinutes) {
        return new GuideContent(key, role, title, locales == null ? DEFAULT_LOCALES : List.copyOf(locales),
                opening == null ? DEFAULT_OPENING : opening, sections, closing == null ? DEFAULT_CLOSING : closing,
                estimatedMinutes == null ? DEFAULT_MINUTES : estimatedMinutes);
    }

    public record Section(String dimension, List<String> questions) {
    }

    public List<String> questionIds() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }
}
