package io.pmi.questionbank.rest;

import io.pmi.platform.problem.BodyCheck;
import io.pmi.platform.problem.FieldError;
import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.rest.api.GuideRequest;
import io.pmi.questionbank.rest.api.GuideSection;
import io.pmi.questionbank.service.GuideService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A guide body with other mistakes also names its unknown dimensions and questions (and those in the wrong section
 * or given twice), in the same 400. Sections keep their positions, so that every path stays the client's.
 */
@ApplicationScoped
public class GuideRequestCheck implements BodyCheck<GuideRequest> {

    private final GuideService guides;

    public GuideRequestCheck(GuideService guides) {
        this.guides = guides;
    }

    @Override
    public Class<GuideRequest> bodyType() {
        return GuideRequest.class;
    }

    @Override
    public List<FieldError> check(GuideRequest body, Set<String> invalid) {
        if (body.sections() == null) {
            return List.of();
        }
        List<GuideContent.Section> sections = new ArrayList<>();
        for (int s = 0; s < body.sections().size(); s++) {
            GuideSection section = body.sections().get(s);
            String at = "sections[" + s + "]";
            List<String> ids = new ArrayList<>();
            if (section != null && section.questions() != null) {
                for (int q = 0; q < section.questions().size(); q++) {
                    String id = section.questions().get(q);
                    ids.add(invalid.contains(at + ".questions[" + q + "]") ? null : id);
                }
            }
            String dimension = section == null || invalid.contains(at + ".dimension") ? null : section.dimension();
            sections.add(new GuideContent.Section(dimension, ids));
        }
        return guides.sectionErrors(sections);
    }
}
