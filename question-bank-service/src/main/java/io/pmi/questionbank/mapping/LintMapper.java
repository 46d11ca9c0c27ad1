package io.pmi.questionbank.mapping;

import io.pmi.questionbank.domain.lint.FieldFinding;
import io.pmi.questionbank.domain.lint.QuestionLinter;
import io.pmi.questionbank.rest.api.LintResponse;
import io.pmi.questionbank.rest.api.QuestionFinding;

public final class LintMapper {

    private LintMapper() {
    }

    public static QuestionFinding toView(FieldFinding finding) {
        return new QuestionFinding(finding.field(), finding.code().name(), finding.severity().name(), finding.message(),
                finding.start(), finding.end(), finding.suggestion(), finding.reason().name());
    }

    public static LintResponse toResponse(QuestionLinter.Result result) {
        return new LintResponse(result.locale(), result.findings().stream()
                .map(f -> new LintResponse.Finding(f.code().name(), f.severity().name(), f.message(), f.start(),
                        f.end(), f.suggestion(), f.reason().name()))
                .toList());
    }
}
