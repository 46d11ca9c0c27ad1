package io.pmi.questionbank.mapping;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.platform.i18n.LocalizedName;
import io.pmi.questionbank.domain.TopicContent;
import io.pmi.questionbank.repository.Dimension;
import io.pmi.questionbank.repository.Topic;
import io.pmi.questionbank.rest.api.DimensionView;
import io.pmi.questionbank.rest.api.TopicDetail;
import io.pmi.questionbank.rest.api.TopicRequest;
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

    public static TopicContent toContent(TopicRequest request) {
        return new TopicContent(request.code(), request.name().zhCn(), request.name().en(),
                request.description().zhCn(), request.description().en(), request.position());
    }

    public static TopicDetail toDetail(Topic topic) {
        return new TopicDetail(topic.id, topic.dimension.code, topic.code,
                new LocalizedName(topic.nameZhCn, topic.nameEn),
                new LocalizedDescription(topic.descriptionZhCn, topic.descriptionEn),
                topic.position, topic.isLibrary() ? "library" : "tenant", topic.version);
    }

    public static TopicView toView(Topic topic, ContentLanguage language) {
        return new TopicView(topic.id, topic.code,
                language.pick(topic.nameZhCn, topic.nameEn),
                language.pick(topic.descriptionZhCn, topic.descriptionEn),
                topic.isLibrary() ? "library" : "tenant");
    }
}
