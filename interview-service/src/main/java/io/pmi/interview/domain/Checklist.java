package io.pmi.interview.domain;

import java.util.ArrayList;
import java.util.List;

/** The interviewer's preparation (the seed's 准备工作: know the person, their department and past performance). */
public record Checklist(boolean backgroundReviewed, boolean departmentFunctionUnderstood,
                        boolean pastPerformanceReviewed) {

    public static final Checklist NONE = new Checklist(false, false, false);

    /** The items not done, by their field names. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!backgroundReviewed) {
            missing.add("backgroundReviewed");
        }
        if (!departmentFunctionUnderstood) {
            missing.add("departmentFunctionUnderstood");
        }
        if (!pastPerformanceReviewed) {
            missing.add("pastPerformanceReviewed");
        }
        return missing;
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }
}
