package io.pmi.questionbank.service;

import io.pmi.questionbank.domain.QuestionType;
import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.problem.ProblemException;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.rest.api.QuestionFinding;
import io.pmi.questionbank.domain.lint.LintFinding;
import io.pmi.questionbank.domain.lint.QuestionLinter;
import io.pmi.questionbank.domain.lint.Severity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lints every text of a question: the generic text and each role variant with the question's type, each probe as
 * an open question, in each locale present. Findings name the JSON path of the text they are about.
 */
@ApplicationScoped
public class QuestionLint {

    private final QuestionLinter linter;

    public QuestionLint(QuestionLinter linter) {
        this.linter = linter;
    }

    public List<QuestionFinding> lint(QuestionContent content, ContentLanguage language) {
        List<QuestionFinding> findings = new ArrayList<>();
        lint("text", content.text(), content.type(), language, findings);
        if (content.variants() != null) {
            for (int i = 0; i < content.variants().size(); i++) {
                lint("variants[" + i + "].text", content.variants().get(i).text(), content.type(), language, findings);
            }
        }
        if (content.probes() != null) {
            for (int i = 0; i < content.probes().size(); i++) {
                lint("probes[" + i + "]", content.probes().get(i), QuestionType.OPEN, language, findings);
            }
        }
        return findings;
    }

    /** Refuses content with an ERROR finding: a 422 listing every finding. */
    public List<QuestionFinding> requireNoErrors(QuestionContent content, ContentLanguage language, String what) {
        List<QuestionFinding> findings = lint(content, language);
        long errors = findings.stream().filter(f -> Severity.ERROR.name().equals(f.severity())).count();
        if (errors > 0) {
            throw new ProblemException(QuestionBankProblems.LINT_ERRORS, what + " has " + errors
                    + " lint error(s): rephrase the texts named in 'findings' (suggestions are given where known).",
                    List.of(), Map.of("findings", findings), Map.of());
        }
        return findings;
    }

    private void lint(String path, Map<String, String> texts, QuestionType type, ContentLanguage language,
                      List<QuestionFinding> findings) {
        texts.forEach((locale, text) -> {
            for (LintFinding f : linter.lint(text, locale, type, language).findings()) {
                findings.add(new QuestionFinding(path + "." + locale, f.code().name(), f.severity().name(),
                        f.message(), f.start(), f.end(), f.suggestion()));
            }
        });
    }
}
