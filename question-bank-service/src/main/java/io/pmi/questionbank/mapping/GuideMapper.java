package io.pmi.questionbank.mapping;

import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.domain.GuideSnapshot;
import io.pmi.questionbank.domain.LocalizedTexts;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.repository.Guide;
import io.pmi.questionbank.repository.GuideVersion;
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

    private GuideMapper() {
    }

    /** The guide as written; what the request leaves out is left to {@link GuideContent#of}'s defaults. */
    public static GuideContent toContent(GuideRequest request) {
        return GuideContent.of(request.key(), request.role(), texts(request.title().zhCn(), request.title().en()),
                request.locales(), request.opening() == null ? null : texts(request.opening().zhCn(),
                        request.opening().en()),
                request.sections().stream().map(s -> new GuideContent.Section(s.dimension(), List.copyOf(s.questions())))
                        .toList(),
                request.closing() == null ? null : texts(request.closing().zhCn(), request.closing().en()),
                request.estimatedMinutes());
    }

    private static Map<String, String> texts(String zhCn, String en) {
        return LocalizedTexts.of(zhCn, en);
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

    private static LocalizedDescription description(Map<String, String> text) {
        return new LocalizedDescription(text.get(LocalizedTexts.ZH_CN), text.get(LocalizedTexts.EN));
    }
}
