package io.pmi.report.client.questionbank;

import java.util.List;

/** The parts of the question bank's answers that report-service reads; names in the language negotiated. */
public final class QuestionBankRecords {

    private QuestionBankRecords() {
    }

    public record DimensionPage(List<Dimension> items, long total) {
    }

    public record Dimension(String code, String name, boolean core, int position, List<Topic> topics) {
    }

    public record Topic(String code, String name) {
    }
}
