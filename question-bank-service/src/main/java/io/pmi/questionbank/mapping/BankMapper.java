package io.pmi.questionbank.mapping;

import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.platform.i18n.LocalizedName;
import io.pmi.questionbank.bank.BankRows;
import io.pmi.questionbank.domain.TopicContent;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.repository.Topic;
import io.pmi.questionbank.rest.api.BankFile;
import io.pmi.questionbank.rest.api.BankImportResult;
import io.pmi.questionbank.service.QuestionService;

import java.util.function.Function;

/** Between the bank file of the API and the rows the exporter and importer work with. */
public final class BankMapper {

    private BankMapper() {
    }

    public static BankRows.Import toImport(BankFile file) {
        return new BankRows.Import(
                file.topics().stream().map(t -> new BankRows.ImportedTopic(t.dimension(), new TopicContent(t.code(),
                        t.name().zhCn(), t.name().en(), t.description().zhCn(), t.description().en(), t.position())))
                        .toList(),
                file.questions().stream().map(q -> new BankRows.ImportedQuestion(q.key(), q.status(), q.copiedFrom(),
                        q.createdAt(), q.updatedAt(), q.versions().stream().map(v -> new QuestionService.ImportedVersion(
                        v.version(), v.createdAt(), v.createdBy(), QuestionMapper.toContent(v.content()))).toList()))
                        .toList(),
                file.guides().stream().map(g -> new BankRows.ImportedGuide(GuideMapper.toContent(g.content()),
                        g.copiedFrom(), g.createdAt(), g.updatedAt(), g.versions().stream().map(v ->
                        new BankRows.GuideVersionRow(v.version(), v.publishedAt(), v.publishedBy(),
                                GuideMapper.toContent(v.guide()), v.pins().stream()
                                .map(p -> new BankRows.Pin(p.question(), p.version())).toList())).toList()))
                        .toList());
    }

    public static BankImportResult toResult(BankRows.Counts counts) {
        return new BankImportResult(counts.topics(), counts.questions(), counts.questionVersions(), counts.guides(),
                counts.guideVersions());
    }

    public static BankFile.Topic toFile(BankRows.ExportedTopic exported) {
        Topic topic = exported.topic();
        return new BankFile.Topic(topic.dimension.code, topic.code, new LocalizedName(topic.nameZhCn, topic.nameEn),
                new LocalizedDescription(topic.descriptionZhCn, topic.descriptionEn), topic.position);
    }

    public static BankFile.Question toFile(BankRows.ExportedQuestion exported) {
        Question question = exported.question();
        return new BankFile.Question(question.key, question.status, exported.copiedFrom(), question.createdAt,
                question.updatedAt, exported.versions().stream().map(v -> new BankFile.QuestionVersion(v.number,
                v.createdAt, v.createdBy, QuestionMapper.toRequest(v.content))).toList());
    }

    public static BankFile.Guide toFile(BankRows.ExportedGuide exported) {
        return new BankFile.Guide(GuideMapper.toRequest(exported.content(), Function.identity()),
                exported.copiedFrom(), exported.createdAt(), exported.updatedAt(), exported.versions().stream()
                .map(v -> new BankFile.GuideVersion(v.version(), v.publishedAt(), v.publishedBy(),
                        GuideMapper.toRequest(v.guide(), Function.identity()), v.pins().stream()
                        .map(p -> new BankFile.Pin(p.question(), p.version())).toList()))
                .toList());
    }
}
