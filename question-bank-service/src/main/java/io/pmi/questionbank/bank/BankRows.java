package io.pmi.questionbank.bank;

import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.domain.QuestionStatus;
import io.pmi.questionbank.domain.TopicContent;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.repository.QuestionVersion;
import io.pmi.questionbank.repository.Topic;
import io.pmi.questionbank.service.QuestionService;

import java.time.Instant;
import java.util.List;

/**
 * The rows of a bank file as the exporter writes and the importer reads them. References between rows are keys
 * and codes, never ids: a guide's sections name question keys, a copy names the key it was copied from.
 */
public final class BankRows {

    private BankRows() {
    }

    /** A whole file to import. */
    public record Import(List<ImportedTopic> topics, List<ImportedQuestion> questions, List<ImportedGuide> guides) {
    }

    public record ImportedTopic(String dimension, TopicContent content) {
    }

    /** {@code copiedFrom} is {@code key@version}. */
    public record ImportedQuestion(String key, QuestionStatus status, String copiedFrom, Instant createdAt,
                                   Instant updatedAt, List<QuestionService.ImportedVersion> versions) {
    }

    /** {@code copiedFrom} is a guide's key. */
    public record ImportedGuide(GuideContent content, String copiedFrom, Instant createdAt, Instant updatedAt,
                                List<GuideVersionRow> versions) {
    }

    /** A published version: the guide as it was published and the version each question was pinned at. */
    public record GuideVersionRow(int version, Instant publishedAt, String publishedBy, GuideContent guide,
                                  List<Pin> pins) {
    }

    public record Pin(String question, int version) {
    }

    /** What an import stored. */
    public record Counts(int topics, int questions, int questionVersions, int guides, int guideVersions) {
    }

    /** An exported topic (with its dimension). */
    public record ExportedTopic(Topic topic) {
    }

    /** An exported question with every content version; {@code copiedFrom} is {@code key@version} or null. */
    public record ExportedQuestion(Question question, String copiedFrom, List<QuestionVersion> versions) {
    }

    /** An exported guide: its working copy and published versions with question keys; {@code copiedFrom} a key. */
    public record ExportedGuide(GuideContent content, String copiedFrom, Instant createdAt, Instant updatedAt,
                                List<GuideVersionRow> versions) {
    }

    /** Where an export writes its rows, in file order: every topic, then every question, then every guide. */
    public interface Sink {

        void topic(ExportedTopic topic);

        /** Called once the topics are written and before the first question. */
        void endTopics();

        void question(ExportedQuestion question);

        /** Called once the questions are written and before the first guide. */
        void endQuestions();

        void guide(ExportedGuide guide);

        /** Called after each page of rows, so that what is written so far can go out. */
        void flush();
    }
}
