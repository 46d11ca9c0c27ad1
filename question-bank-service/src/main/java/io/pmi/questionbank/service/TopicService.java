package io.pmi.questionbank.service;

import io.pmi.platform.http.ETags;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.questionbank.domain.TopicContent;
import io.pmi.questionbank.repository.Dimension;
import io.pmi.questionbank.repository.DimensionRepository;
import io.pmi.questionbank.repository.Topic;
import io.pmi.questionbank.repository.TopicRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** A tenant's own topics under the library's dimensions. The library's topics are read-only. */
@ApplicationScoped
public class TopicService {

    private final TopicRepository topics;
    private final DimensionRepository dimensions;

    public TopicService(TopicRepository topics, DimensionRepository dimensions) {
        this.topics = topics;
        this.dimensions = dimensions;
    }

    @Transactional
    public Topic create(String dimensionCode, TopicContent content) {
        Dimension dimension = dimensions.find("code", dimensionCode).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Dimension", dimensionCode));
        requireFreeCode(content.code(), "");
        Topic topic = new Topic();
        topic.id = UUID.randomUUID().toString();
        topic.dimension = dimension;
        apply(topic, content);
        if (content.position() == null) {
            topic.position = topics.lastPosition(dimension) + 1;
        }
        topics.persist(topic);
        topics.flush();
        return topic;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Topic get(String id) {
        return topics.findWithDimension(id).orElseThrow(() -> ProblemException.notFound("Topic", id));
    }

    @Transactional
    public Topic update(String id, String ifMatch, TopicContent content) {
        Topic topic = writable(id, ifMatch);
        requireFreeCode(content.code(), topic.id);
        apply(topic, content);
        topics.flush();
        return topic;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        topics.delete(writable(id, ifMatch));
        topics.flush();
    }

    private Topic writable(String id, String ifMatch) {
        Topic topic = get(id);
        if (topic.isLibrary()) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Topics of the built-in library cannot be changed; add a topic of your own instead.");
        }
        ETags.requireMatch(ifMatch, topic.version);
        return topic;
    }

    private void requireFreeCode(String code, String exceptId) {
        if (topics.codeTaken(code, exceptId)) {
            throw new ProblemException(ProblemType.CONFLICT, "A topic with code '" + code + "' already exists: "
                    + "choose another code.");
        }
    }

    private static void apply(Topic topic, TopicContent content) {
        topic.code = content.code();
        topic.nameZhCn = content.nameZhCn();
        topic.nameEn = content.nameEn();
        topic.descriptionZhCn = content.descriptionZhCn();
        topic.descriptionEn = content.descriptionEn();
        if (content.position() != null) {
            topic.position = content.position();
        }
    }
}
