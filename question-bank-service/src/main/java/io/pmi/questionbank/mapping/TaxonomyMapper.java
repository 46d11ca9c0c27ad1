package io.pmi.questionbank.mapping;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.questionbank.repository.Dimension;
import io.pmi.questionbank.repository.Topic;
import io.pmi.questionbank.rest.api.DimensionView;
import io.pmi.questionbank.rest.api.TopicView;

/** Renders taxonomy entities in one language. */
public final class TaxonomyMapper {

    private TaxonomyMapper() {
    }

    public static DimensionView toView(Dimension dimension, ContentLanguage language) {
        return new DimensionView(dimension.code,
                language.pick(dimension.nameZhCn, dimension.nameEn),
                language.pick(dimension.descriptionZhCn, dimension.descriptionEn),
                dimension.core,
                dimension.position,
                dimension.topics.stream().map(topic -> toView(topic, language)).toList());
    }

    public static TopicView toView(Topic topic, ContentLanguage language) {
        return new TopicView(topic.code,
                language.pick(topic.nameZhCn, topic.nameEn),
                language.pick(topic.descriptionZhCn, topic.descriptionEn),
                topic.isLibrary() ? "library" : "tenant");
    }
}
