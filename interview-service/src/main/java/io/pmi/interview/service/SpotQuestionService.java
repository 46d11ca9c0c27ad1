package io.pmi.interview.service;

import io.pmi.interview.client.questionbank.QuestionBankClient;
import io.pmi.interview.client.questionbank.QuestionBankRecords;
import io.pmi.interview.domain.QuestionType;
import io.pmi.interview.repository.InterviewQuestion;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * A question asked on the spot: linted by the question bank with the caller's token, outside any transaction,
 * then kept as it was asked, findings and all (a leading question was asked, so the record keeps it).
 */
@ApplicationScoped
public class SpotQuestionService {

    public record Asked(InterviewQuestion question, List<QuestionBankRecords.Finding> findings) {
    }

    private final RecordService records;
    private final QuestionBankClient questionBank;

    public SpotQuestionService(RecordService records, QuestionBankClient questionBank) {
        this.records = records;
        this.questionBank = questionBank;
    }

    public Asked ask(String interviewId, String text, String locale, String dimension, String topic,
                     QuestionType type) {
        String interviewLocale = records.requireWritable(interviewId);
        String language = locale != null ? locale : interviewLocale;
        QuestionBankRecords.LintResult lint = questionBank.lint(text, language, type.name());
        List<QuestionBankRecords.Finding> findings = lint.findings() == null ? List.of() : lint.findings();
        InterviewQuestion question = records.askedOnSpot(interviewId, Map.of(language, text), dimension, topic, type,
                findings.stream().map(QuestionBankRecords.Finding::code).distinct().toList());
        return new Asked(question, findings);
    }
}
