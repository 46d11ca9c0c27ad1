package io.pmi.interview;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/** The question bank as interview-service's tests play it with WireMock: one published guide per role they use. */
public final class QuestionBankStubs {

    /**
     * Guide {@code g-self}, version 2: a published SELF guide covering the four core dimensions, one question of each
     * type, with a field the client does not know ({@code somethingNew}).
     */
    public static final String GUIDE_VERSION = """
            {"id": "g-self", "key": "sales.self", "version": 2, "role": "SELF", "locales": ["zh-CN", "en"],
             "opening": {"zh-CN": "今天的谈话内容严格保密。", "en": "What you say stays confidential."},
             "closing": {"zh-CN": "谢谢。", "en": "Thank you."}, "estimatedMinutes": 45,
             "publishedAt": "2026-11-25T00:00:00Z", "somethingNew": true,
             "sections": [
              {"dimension": "GOALS", "dimensionName": {"zh-CN": "目标设定"}, "core": true, "questions": [
                {"questionId": "q.goals", "questionVersion": 1, "key": "goals.strategy", "topic": "STRATEGY_AWARENESS",
                 "measure": "goals.strategy", "type": "OPEN", "text": {"zh-CN": "你怎么理解公司今年的战略重点?"},
                 "probes": [{"zh-CN": "能举一个例子吗?"}]}]},
              {"dimension": "INDICATORS", "core": true, "questions": [
                {"questionId": "q.kpi", "questionVersion": 3, "key": "kpi.reasonable", "topic": "KPI_DESIGN",
                 "measure": "kpi.reasonable", "type": "SCALE", "text": {"zh-CN": "你的KPI合理程度如何?"},
                 "scale": {"min": 1, "max": 5, "anchors": []}}]},
              {"dimension": "FEEDBACK", "core": true, "questions": [
                {"questionId": "q.freq", "questionVersion": 1, "key": "feedback.frequency", "topic": "FREQUENCY_MODE",
                 "measure": "feedback.frequency", "type": "SINGLE_CHOICE", "text": {"zh-CN": "你的上级多久和你正式沟通一次绩效?"},
                 "options": [{"value": "weekly"}, {"value": "monthly"}, {"value": "rarely"}]}]},
              {"dimension": "INCENTIVES", "core": true, "questions": [
                {"questionId": "q.kinds", "questionVersion": 1, "key": "incentives.kinds", "topic": "MATERIAL",
                 "measure": "incentives.kinds", "type": "MULTI_CHOICE", "text": {"zh-CN": "哪些激励对你有效?"},
                 "options": [{"value": "bonus"}, {"value": "promotion"}, {"value": "training"}]}]}]}""";

    private QuestionBankStubs() {
    }

    /** {@code g-self} (latest published 2, SELF) and {@code g-sup} version 1 (the same questions, for SUPERVISOR). */
    public static void guides(WireMockServer questionBank) {
        questionBank.stubFor(get(urlEqualTo("/api/v1/guides/g-self")).willReturn(okJson(
                "{\"id\": \"g-self\", \"key\": \"sales.self\", \"role\": \"SELF\", \"status\": \"PUBLISHED\", "
                        + "\"publishedVersion\": 2}")));
        questionBank.stubFor(get(urlEqualTo("/api/v1/guides/g-self/versions/2")).willReturn(okJson(GUIDE_VERSION)));
        questionBank.stubFor(get(urlEqualTo("/api/v1/guides/g-sup/versions/1")).willReturn(okJson(
                GUIDE_VERSION.replace("\"SELF\"", "\"SUPERVISOR\"").replace("\"version\": 2", "\"version\": 1"))));
    }
}
