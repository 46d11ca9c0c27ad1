package io.pmi.questionbank.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.Comparator;
import java.util.List;

/**
 * Lists the contract's tags in the order a user works: the taxonomy, then questions, linting, guides and the bank
 * file. SmallRye sorts them alphabetically, and Swagger UI shows them in the contract's order.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class TagOrder implements OASFilter {

    static final List<String> ORDER = List.of("Taxonomy", "Questions", "Linting", "Guides", "Bank");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        openAPI.setTags(openAPI.getTags().stream().sorted(Comparator.comparingInt(TagOrder::position)).toList());
    }

    private static int position(Tag tag) {
        int position = ORDER.indexOf(tag.getName());
        return position < 0 ? ORDER.size() : position;
    }
}
