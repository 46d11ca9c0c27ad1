package io.pmi.report.domain.analysis;

import io.pmi.report.domain.analysis.ReportAnalysis.Notice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Display names of dimensions and topics per language; a missing one is the code, and a notice says so. */
final class Names {

    private final AnalysisInput.DisplayNames names;
    private final Set<Notice> notices;

    Names(AnalysisInput.DisplayNames names, Set<Notice> notices) {
        this.names = names;
        this.notices = notices;
    }

    Map<String, String> dimension(String code) {
        return of(names.dimensions().get(code), code);
    }

    Map<String, String> topic(String code) {
        return of(names.topics().get(code), code);
    }

    private Map<String, String> of(Map<String, String> given, String code) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String language : ReportAnalysis.LANGUAGES) {
            String name = given == null ? null : given.get(language);
            if (name == null || name.isBlank()) {
                notices.add(new Notice(NoticeCode.DISPLAY_NAME_MISSING, code));
                name = code;
            }
            shown.put(language, name);
        }
        return shown;
    }
}
