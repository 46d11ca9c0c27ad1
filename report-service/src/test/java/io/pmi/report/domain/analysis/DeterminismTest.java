package io.pmi.report.domain.analysis;

import io.pmi.report.domain.Audience;
import io.pmi.report.domain.analysis.AnalysisInput.Interview;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same input in any order gives the same report, down to the order of every list and map. */
class DeterminismTest {

    @Test
    void shuffledInputsGiveTheSameReport() {
        AnalysisInput original = ScenarioTest.scenario();
        ReportAnalysis expected = ReportAnalyzer.analyze(original);
        Random random = new Random(20260701);
        for (int round = 0; round < 20; round++) {
            AnalysisInput shuffled = shuffle(original, random);
            ReportAnalysis actual = ReportAnalyzer.analyze(shuffled);
            assertEquals(expected, actual);
            assertEquals(expected.toString(), actual.toString(), "the same order everywhere");
            assertEquals(expected.forAudience(Audience.MANAGER).toString(),
                    actual.forAudience(Audience.MANAGER).toString());
        }
    }

    @Test
    void theSameInputTwiceGivesEqualReports() {
        assertEquals(ReportAnalyzer.analyze(ScenarioTest.scenario()).toString(),
                ReportAnalyzer.analyze(ScenarioTest.scenario()).toString());
    }

    private static AnalysisInput shuffle(AnalysisInput input, Random random) {
        List<Interview> interviews = new ArrayList<>();
        for (Interview i : input.interviews()) {
            interviews.add(new Interview(i.id(), i.version(), i.sourceRole(), i.completedAt(),
                    shuffled(i.questions(), random), shuffled(i.answers(), random), shuffled(i.emotions(), random)));
        }
        AnalysisInput.Subject subject = input.subject();
        return new AnalysisInput(input.campaign(), new AnalysisInput.Subject(subject.externalId(),
                subject.department(), shuffled(subject.performanceRecords(), random)), shuffled(interviews, random),
                input.names());
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
