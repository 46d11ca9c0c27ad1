package io.pmi.interview.service;

import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;

import java.util.List;
import java.util.Map;

/** Problems of batch rows, each named by its JSON path in the batch ({@code items[17].participantExternalId}). */
final class BatchErrors {

    private BatchErrors() {
    }

    static FieldError row(int index, String field, String code, String message) {
        return FieldError.body("items[" + index + "]." + field, code, message);
    }

    /** The whole batch refused, with every row error at once, as a validation problem like Bean Validation's. */
    static ProblemException refused(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "The request has 1 invalid input."
                : "The request has " + errors.size() + " invalid inputs.";
        return new ProblemException(ProblemType.VALIDATION, detail + " Nothing was stored.", errors, Map.of(),
                Map.of());
    }
}
