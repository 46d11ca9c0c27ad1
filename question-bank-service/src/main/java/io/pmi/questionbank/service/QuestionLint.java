package io.pmi.questionbank.service;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.problem.ProblemException;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.lint.FieldFinding;
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

    public List<FieldFinding> lint(QuestionContent content, ContentLanguage language) {
        List<FieldFinding> findings = new ArrayList<>();
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
    public List<FieldFinding> requireNoErrors(QuestionContent content, ContentLanguage language, String what) {
        List<FieldFinding> findings = lint(content, language);
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        if (errors > 0) {
            throw lintErrors(what + " has " + QuestionBankProblems.count(errors, "lint error") + ": rephrase the texts "
                    + "that findings names as ERROR (suggestions are given where known).", findings);
        }
        return findings;
    }

    static ProblemException lintErrors(String detail, List<FieldFinding> findings) {
        return new ProblemException(QuestionBankProblems.LINT_ERRORS, detail, List.of(), Map.of("findings", findings),
                Map.of());
    }

    private void lint(String path, Map<String, String> texts, QuestionType type, ContentLanguage language,
                      List<FieldFinding> findings) {
        texts.forEach((locale, text) -> {
            for (LintFinding f : linter.lint(text, locale, type, language).findings()) {
                findings.add(FieldFinding.of(path + "." + locale, f));
            }
        });
    }
}
