package io.pmi.questionbank.mapping;

import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.questionbank.repository.Dimension;
import io.pmi.questionbank.repository.Guide;
import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.domain.GuideSnapshot;
import io.pmi.questionbank.repository.GuideVersion;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.rest.api.GuideRequest;
import io.pmi.questionbank.rest.api.GuideSection;
import io.pmi.questionbank.rest.api.GuideVersionView;
import io.pmi.questionbank.rest.api.GuideView;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Between the API's guide model and the stored one, and from a frozen snapshot to the version the API serves. */
public final class GuideMapper {

    /** The seed's advice for the opening: the purpose is to improve, not to blame; what is said stays confidential. */
    public static final Map<String, String> DEFAULT_OPENING = QuestionMapper.texts(
            "今天想和你聊一聊绩效管理的事。这不是来找问题、追究谁的责任,而是想了解实际情况,让绩效管理更合理、大家以后工作更顺畅。"
                    + "你今天说的内容会严格保密,不会随意传播;报告里不会出现你的名字。有任何不想回答的问题都可以跳过。",
            "Today I would like to talk with you about performance management. This is not about finding fault or "
                    + "blaming anyone: we want to understand how things really work so that performance management "
                    + "becomes fairer and work gets easier. What you say stays confidential: it will not be passed "
                    + "around, and your name will not appear in any report. You may skip any question.");
    public static final Map<String, String> DEFAULT_CLOSING = QuestionMapper.texts(
            "谢谢你坦诚的分享。我们会把大家的意见汇总分析,用于改进绩效管理,结果会以不具名的方式反馈给大家。"
                    + "最后,还有什么你想补充的吗?",
            "Thank you for sharing so openly. We will put everyone's views together and use them to improve "
                    + "performance management, and share the results without names. Before we finish, is there "
                    + "anything else you would like to add?");
    public static final int DEFAULT_MINUTES = 45;

    private GuideMapper() {
    }

    public static GuideContent toContent(GuideRequest request) {
        return new GuideContent(request.key(), request.role(), QuestionMapper.texts(request.title().zhCn(), request.title().en()),
                request.locales() == null ? List.of(QuestionMapper.ZH_CN, QuestionMapper.EN)
                        : List.copyOf(request.locales()),
                request.opening() == null ? DEFAULT_OPENING : QuestionMapper.texts(request.opening().zhCn(), request.opening().en()),
                request.sections().stream().map(s -> new GuideContent.Section(s.dimension(), List.copyOf(s.questions())))
                        .toList(),
                request.closing() == null ? DEFAULT_CLOSING : QuestionMapper.texts(request.closing().zhCn(), request.closing().en()),
                request.estimatedMinutes() == null ? DEFAULT_MINUTES : request.estimatedMinutes());
    }

    /** The API's form of a stored guide, its question ids turned into whatever {@code reference} gives. */
    public static GuideRequest toRequest(GuideContent content, Function<String, String> reference) {
        return new GuideRequest(content.key(), content.role(), QuestionMapper.name(content.title()), content.locales(),
                description(content.opening()), content.sections().stream().map(s -> new GuideSection(s.dimension(),
                s.questions().stream().map(reference).toList())).toList(), description(content.closing()),
                content.estimatedMinutes());
    }

    public static GuideView toView(Guide guide) {
        GuideContent content = guide.content;
        return new GuideView(guide.id, guide.key, QuestionMapper.source(guide.isLibrary()), guide.role, guide.status,
                guide.publishedVersion, QuestionMapper.name(content.title()), content.locales(),
                description(content.opening()),
                content.sections().stream().map(s -> new GuideSection(s.dimension(), s.questions())).toList(),
                description(content.closing()), content.estimatedMinutes(), guide.copiedFrom, guide.createdAt,
                guide.updatedAt);
    }

    public static GuideVersionView toVersionView(GuideVersion version) {
        GuideSnapshot snapshot = version.snapshot;
        GuideContent guide = snapshot.guide();
        Map<String, GuideSnapshot.PinnedQuestion> pinned = snapshot.questions().stream()
                .collect(Collectors.toMap(GuideSnapshot.PinnedQuestion::id, Function.identity()));
        return new GuideVersionView(version.guideId, guide.key(), version.number, guide.role(),
                QuestionMapper.name(guide.title()), guide.locales(), description(guide.opening()),
                guide.sections().stream().map(section -> {
                    GuideSnapshot.SectionDimension dimension = snapshot.dimensions().get(section.dimension());
                    return new GuideVersionView.Section(section.dimension(), QuestionMapper.name(dimension.name()),
                            dimension.core(), section.questions().stream()
                            .map(id -> pinned(pinned.get(id), guide)).toList());
                }).toList(),
                description(guide.closing()), guide.estimatedMinutes(), version.publishedAt);
    }

    private static GuideVersionView.PinnedQuestion pinned(GuideSnapshot.PinnedQuestion question, GuideContent guide) {
        QuestionContent content = question.content();
        var view = QuestionMapper.toVersionView(question.id(), question.version(), content, null);
        return new GuideVersionView.PinnedQuestion(question.id(), question.version(), content.key(), content.topic(),
                content.measure(), content.type(), QuestionMapper.text(content.textFor(guide.role())), view.options(),
                view.scale(), view.probes(), view.intent());
    }

    public static Map<String, String> names(Dimension dimension) {
        return QuestionMapper.texts(dimension.nameZhCn, dimension.nameEn);
    }

    private static LocalizedDescription description(Map<String, String> text) {
        return new LocalizedDescription(text.get(QuestionMapper.ZH_CN), text.get(QuestionMapper.EN));
    }
}
