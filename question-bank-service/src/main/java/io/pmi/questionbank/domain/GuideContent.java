package io.pmi.questionbank.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.questionbank.domain.SourceRole;

import java.util.List;
import java.util.Map;

/** The working copy of a guide as stored ({@code guide.content}); question references are question ids. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuideContent(String key, SourceRole role, Map<String, String> title, List<String> locales,
                           Map<String, String> opening, List<Section> sections, Map<String, String> closing,
                           int estimatedMinutes) {

    public record Section(String dimension, List<String> questions) {
    }

    public List<String> questionIds() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }
}
