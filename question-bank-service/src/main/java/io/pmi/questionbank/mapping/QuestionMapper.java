package io.pmi.questionbank.mapping;

import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.platform.i18n.LocalizedName;
import io.pmi.questionbank.domain.AnswerSpec;
import io.pmi.questionbank.domain.LocalizedTexts;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.domain.Source;
import io.pmi.questionbank.domain.SourceRole;
import io.pmi.questionbank.domain.lint.FieldFinding;
import io.pmi.questionbank.repository.Measure;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.repository.QuestionVersion;
import io.pmi.questionbank.rest.api.AnswerOption;
import io.pmi.questionbank.rest.api.LocalizedText;
import io.pmi.questionbank.rest.api.MeasureView;
import io.pmi.questionbank.rest.api.QuestionRequest;
import io.pmi.questionbank.rest.api.QuestionVersionView;
import io.pmi.questionbank.rest.api.QuestionView;
import io.pmi.questionbank.rest.api.RoleVariant;
import io.pmi.questionbank.rest.api.ScaleAnchor;
import io.pmi.questionbank.rest.api.ScaleSpec;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Between the API's question model (records with zh-CN/en members) and the stored one (maps by locale). */
public final class QuestionMapper {

    private QuestionMapper() {
    }

    public static QuestionContent toContent(QuestionRequest request) {
        ScaleSpec scale = request.scale();
        return new QuestionContent(request.key(), request.dimension(), request.topic(), request.measure(),
                request.type(), map(request.text()),
                request.variants() == null || request.variants().isEmpty() ? null : request.variants().stream()
                        .map(v -> new QuestionContent.Variant(v.role(), map(v.text()))).toList(),
                request.options() == null ? null : request.options().stream()
                        .map(o -> new QuestionContent.Option(o.value(), map(o.label()))).toList(),
                scale == null ? null : QuestionContent.Scale.of(scale.min(), scale.max(), scale.anchors().stream()
                        .map(a -> new QuestionContent.Anchor(a.value(), map(a.label()))).toList()),
                request.probes() == null || request.probes().isEmpty() ? null
                        : request.probes().stream().map(QuestionMapper::map).toList(),
                request.intent() == null ? null : LocalizedTexts.of(request.intent().zhCn(), request.intent().en()));
    }

    /** The API's form of stored content, as a bank file carries it. */
    public static QuestionRequest toRequest(QuestionContent content) {
        return new QuestionRequest(content.key(), content.dimension(), content.topic(), content.measure(),
                content.type(), text(content.text()), variants(content), options(content.options()),
                scale(content.scale()), probes(content), intent(content.intent()));
    }

    /** Dimension and topic codes come from the content, which the question's taxonomy columns are set from. */
    public static QuestionView toView(Question question, QuestionContent content, List<FieldFinding> findings) {
        return new QuestionView(question.id, question.key, source(question.isLibrary()), content.dimension(),
                content.topic(), question.measureKey, question.type, question.status, question.contentVersion,
                content.roles(), text(content.text()), variants(content), options(content.options()),
                scale(content.scale()), probes(content), intent(content.intent()), question.copiedFrom,
                question.createdAt, question.updatedAt,
                findings == null ? null : findings.stream().map(LintMapper::toView).toList());
    }

    public static QuestionVersionView toVersionView(QuestionVersion version) {
        return toVersionView(version.questionId, version.number, version.content, version.createdAt);
    }

    public static QuestionVersionView toVersionView(String id, int number, QuestionContent content, Instant createdAt) {
        return new QuestionVersionView(id, number, content.key(), content.dimension(), content.topic(),
                content.measure(), content.type(), content.roles(), text(content.text()), variants(content),
                options(content.options()), scale(content.scale()), probes(content), intent(content.intent()),
                createdAt);
    }

    public static MeasureView toView(Measure measure, Set<SourceRole> roles) {
        AnswerSpec spec = measure.answerSpec;
        return new MeasureView(measure.key, source(measure.isLibrary()), measure.dimension.code, measure.topic.code,
                measure.type, scale(spec.scale()), options(spec.options()),
                roles == null ? List.of() : roles.stream().sorted().toList());
    }

    public static String source(boolean library) {
        return Source.of(library).toString();
    }

    public static LocalizedText text(Map<String, String> text) {
        return text == null ? null : new LocalizedText(text.get(LocalizedTexts.ZH_CN), text.get(LocalizedTexts.EN));
    }

    public static LocalizedName name(Map<String, String> text) {
        return new LocalizedName(text.get(LocalizedTexts.ZH_CN), text.get(LocalizedTexts.EN));
    }

    private static List<RoleVariant> variants(QuestionContent content) {
        return content.variants() == null ? null
                : content.variants().stream().map(v -> new RoleVariant(v.role(), text(v.text()))).toList();
    }

    private static List<AnswerOption> options(List<QuestionContent.Option> options) {
        return options == null ? null : options.stream().map(o -> new AnswerOption(o.value(), name(o.label()))).toList();
    }

    private static ScaleSpec scale(QuestionContent.Scale scale) {
        return scale == null ? null : new ScaleSpec(scale.min(), scale.max(), scale.anchors().stream()
                .map(a -> new ScaleAnchor(a.value(), name(a.label()))).toList());
    }

    private static List<LocalizedText> probes(QuestionContent content) {
        return content.probes() == null ? null : content.probes().stream().map(QuestionMapper::text).toList();
    }

    private static LocalizedDescription intent(Map<String, String> intent) {
        return intent == null ? null : new LocalizedDescription(intent.get(LocalizedTexts.ZH_CN), intent.get(LocalizedTexts.EN));
    }

    private static Map<String, String> map(LocalizedText text) {
        return LocalizedTexts.of(text.zhCn(), text.en());
    }

    private static Map<String, String> map(LocalizedName name) {
        return LocalizedTexts.of(name.zhCn(), name.en());
    }
}
