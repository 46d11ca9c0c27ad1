package io.pmi.questionbank.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.pmi.questionbank.rest.QuestionResourceTest.create;
import static io.pmi.questionbank.rest.QuestionResourceTest.openBody;
import static io.pmi.questionbank.rest.QuestionResourceTest.unique;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A text search finds its pages either through the bigram index or, for an early page of many matches, by walking
 * the key order; the thresholds are lowered here so that a small bank takes both ways, which must agree.
 */
@QuarkusTest
@TestProfile(QuestionSearchPagingTest.WalkEarly.class)
class QuestionSearchPagingTest {

    public static class WalkEarly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pmi.question-bank.list-walk-min-matches", "1", "pmi.question-bank.list-walk-share", "1");
        }
    }

    @Test
    void bothWaysOfFindingAPageAgree() {
        String tenant = unique("walk");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String key = String.format("walk.kpi-%02d", i);
            create(tenant, openBody(key, i % 2 == 0 ? "你对现有的绩效指标数量有什么看法?" : "你怎样看待现有绩效指标的数量?"));
            expected.add(key);
        }
        create(tenant, openBody("walk.other", "你希望怎样改进沟通方式?"));

        List<String> paged = new ArrayList<>();
        // pages 0 and 1 end within the 25 matches (walked in key order), page 2 does not (through the index)
        for (int page = 0; page < 3; page++) {
            paged.addAll(as(tenant, "INTERVIEWER").queryParam("q", "绩效指标").queryParam("source", "tenant")
                    .queryParam("size", 10).queryParam("page", page).get("/api/v1/questions").then().statusCode(200)
                    .body("total", equalTo(25)).extract().<List<String>>path("items.key"));
        }
        assertEquals(expected, paged);

        // the library's matches and the tenant's, merged in key order
        List<String> merged = as(tenant, "INTERVIEWER").queryParam("q", "绩效").queryParam("size", 200)
                .get("/api/v1/questions").then().statusCode(200).extract().path("items.key");
        List<String> sorted = new ArrayList<>(merged);
        Collections.sort(sorted);
        assertEquals(sorted, merged);
        assertTrue(merged.containsAll(expected));
        assertTrue(merged.size() > expected.size(), "the library has questions on 绩效 too");
    }
}
