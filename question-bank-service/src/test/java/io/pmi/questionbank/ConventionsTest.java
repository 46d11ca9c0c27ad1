package io.pmi.questionbank;

import io.pmi.testsupport.ServiceConventions;
import io.pmi.testsupport.ServiceFixtures;
import io.quarkus.test.junit.QuarkusTest;

import java.util.UUID;

/**
 * Contract, security and tenancy conventions, checked against this service's own contract. Reads use the built-in
 * library (the same ids everywhere: {@code q.<key>}, {@code topic.<code>}, {@code guide.<role>}); tenant A's own
 * topic, question and guide stand behind every operation on an id.
 */
@QuarkusTest
class ConventionsTest extends ServiceConventions {

    private static final String LIBRARY_QUESTION = "/api/v1/questions/q.goals.strategy-direction";
    private static final String LIBRARY_GUIDE = "/api/v1/guides/guide.self";

    @Override
    protected ServiceFixtures fixtures() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String questionKey = "conventions.q" + suffix;
        String dimensionReason = "{code} names a dimension, and only the built-in library has dimensions: no tenant "
                + "owns one, and every tenant reads them";
        return ServiceFixtures.create()
                .read("getDimension", "/api/v1/dimensions/GOALS")
                .read("getTopic", "/api/v1/topics/topic.strategy-awareness")
                .read("getQuestion", LIBRARY_QUESTION)
                .read("getQuestionVersion", LIBRARY_QUESTION + "/versions/1")
                .read("getGuide", LIBRARY_GUIDE)
                .read("getGuideVersion", LIBRARY_GUIDE + "/versions/1")
                .notTenantOwned("getDimension", dimensionReason)
                .notTenantOwned("createTopic", dimensionReason)
                .parameter("version", "1")
                .owned("/api/v1/topics/{id}", tenant -> tenant.create("/api/v1/dimensions/COLLABORATION/topics",
                        topic("CONVENTIONS_" + suffix.toUpperCase(), "项目协作")))
                .body("updateTopic", topic("CONVENTIONS_B" + suffix.toUpperCase(), "跨项目协作"))
                .listing("/api/v1/dimensions/COLLABORATION", "/api/v1/topics/{id}")
                .owned("/api/v1/questions/{id}", tenant -> tenant.create("/api/v1/questions",
                        question(questionKey, "你怎样向主管反映工作中遇到的问题?")))
                .body("updateQuestion", question(questionKey, "你通常怎样向主管反映工作中的困难?"))
                .listing("/api/v1/questions?source=tenant&size=200", "/api/v1/questions/{id}")
                .listing("/api/v1/questions?dimension=COLLABORATION&topic=UPWARD&size=200", "/api/v1/questions/{id}")
                .listing("/api/v1/questions?q=" + questionKey + "&size=200", "/api/v1/questions/{id}")
                .listing("/api/v1/questions?q=" + questionKey + "&source=tenant", "/api/v1/questions/{id}")
                .owned("/api/v1/guides/{id}", tenant -> {
                    String id = tenant.create(LIBRARY_GUIDE + "/copy?key=conventions.g" + suffix, null);
                    tenant.postWithETagOf("/api/v1/guides/" + id, "/api/v1/guides/" + id + "/publish");
                    return id;
                })
                .body("updateGuide", """
                        {"key": "conventions.g%s", "role": "SELF", "title": {"zh-CN": "员工访谈", "en": "Employee"},
                         "sections": [{"dimension": "GOALS", "questions": ["q.goals.strategy-direction"]}],
                         "estimatedMinutes": 20}""".formatted(suffix))
                .listing("/api/v1/guides?source=tenant&size=200", "/api/v1/guides/{id}")
                .listing("/api/v1/guides?role=SELF&size=200", "/api/v1/guides/{id}");
    }

    private static String topic(String code, String name) {
        return """
                {"code": "%s", "name": {"zh-CN": "%s", "en": "Project collaboration"},
                 "description": {"zh-CN": "项目制工作中与其他部门的配合情况。"}}""".formatted(code, name);
    }

    private static String question(String key, String text) {
        return """
                {"key": "%s", "dimension": "COLLABORATION", "topic": "UPWARD", "measure": "%s", "type": "OPEN",
                 "text": {"zh-CN": "%s"}, "probes": [{"zh-CN": "能举一个具体的例子吗?"}]}""".formatted(key, key, text);
    }
}
