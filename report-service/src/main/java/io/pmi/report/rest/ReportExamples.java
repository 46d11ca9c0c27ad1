package io.pmi.report.rest;

/**
 * The contract's examples of {@code getReport}, one per media type: the house examples in {@code openapi-examples}
 * are JSON and would be copied to every media type of the response.
 */
final class ReportExamples {

    static final String JSON = """
            {"id": "3f2a9c4e-8b1d-4e6f-9a2b-5c7d8e9f0a1b", "version": 1, "campaignId": "c6d1f0a2-7e3b-4c9d-8f21-0b5a6e7d9c10",
             "subjectExternalId": "E1001", "audience": "MANAGER", "partial": false, "missing": [], "stale": false,
             "generatedAt": "2026-12-01T03:00:00Z",
             "inputs": [{"interviewId": "i-self", "version": 7, "sourceRole": "SELF"},
                        {"interviewId": "i-supervisor", "version": 7, "sourceRole": "SUPERVISOR"}],
             "dimensions": [{"dimension": "INDICATORS", "name": "考核指标", "topics": [{"topic": "KPI_DESIGN",
               "name": "KPI 的确定与合理性", "measures": [{"measure": "indicators.kpi-reasonableness", "type": "SCALE",
               "scale": {"min": 1, "max": 5}, "sources": [
                 {"role": "SELF", "respondents": 1, "belowThreshold": false, "mean": 1.00, "spread": 0.00,
                  "stances": {"POSITIVE": 0, "NEUTRAL": 0, "NEGATIVE": 0}, "quotes": []},
                 {"role": "SUPERVISOR", "respondents": 1, "belowThreshold": false, "mean": 5.00, "spread": 0.00,
                  "stances": {"POSITIVE": 0, "NEUTRAL": 0, "NEGATIVE": 0}, "quotes": []}],
               "agreement": {"index": "AD_M", "value": 2.00, "cutoff": 0.83, "raters": 2, "agrees": false}}]}]}],
             "gaps": [{"measure": "indicators.kpi-reasonableness", "dimension": "INDICATORS", "kind": "HIDDEN_STRENGTH",
                       "self": 1.00, "others": 5.00, "gap": -4.00, "threshold": 1.33, "otherSources": ["SUPERVISOR"]}],
             "contradictions": [{"measure": "indicators.kpi-reasonableness", "dimension": "INDICATORS",
               "sources": ["SELF", "SUPERVISOR"], "kind": "SCALE_MEANS", "values": {"SELF": "1.00", "SUPERVISOR": "5.00"},
               "difference": 4.00, "evidence": {"answerIds": ["a-self-1", "a-supervisor-1"], "performanceRecordIds": [],
               "measures": ["indicators.kpi-reasonableness"], "emotionIds": []}}],
             "historyChecks": [],
             "findings": [{"type": "PERCEPTION_GAP", "severity": "HIGH", "dimension": "INDICATORS",
               "summary": "在「KPI 的确定与合理性」上,本人自评(1.00)比他评(5.00)低4.00,存在被低估的优势。",
               "evidence": {"answerIds": ["a-self-1", "a-supervisor-1"], "performanceRecordIds": [],
               "measures": ["indicators.kpi-reasonableness"], "emotionIds": []},
               "recommendation": "向员工肯定他人看到的这项优势,鼓励其更多发挥。"}],
             "suppressed": [{"scope": "quotes", "role": "SELF", "reason": "SINGLE_SOURCE_QUOTES"}],
             "notices": []}
            """;

    static final String CSV = """
            dimension,topic,measure,type,role,respondents,belowThreshold,mean,spread,distribution,stances,quotes\r
            考核指标,KPI 的确定与合理性,indicators.kpi-reasonableness,SCALE,SELF,1,false,1.00,0.00,,\
            POSITIVE=0; NEUTRAL=0; NEGATIVE=0,\r
            反馈机制,反馈频率与方式,feedback.frequency,SINGLE_CHOICE,PEER,3,false,,,\
            WEEKLY=0; MONTHLY=0; QUARTERLY=0; HALF_YEARLY=0; RARELY=3,POSITIVE=0; NEUTRAL=0; NEGATIVE=0,\r
            目标设定,公司战略认知,goals.strategy-direction,OPEN,PEER,3,false,,,,POSITIVE=0; NEUTRAL=0; NEGATIVE=3,\
            "同事说方向一直在变,我们也说不清。
            '=今年的方向是""增长"",但没人解释"\r
            """;

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="UTF-8"><title>绩效访谈交叉验证报告: E1001</title><style>@media print { … }</style></head>
            <body>
            <header><h1>绩效访谈交叉验证报告</h1>…</header>
            <section id="chart"><h2>各维度得分(按来源)</h2><figure><svg class="chart" viewBox="0 0 376 282" role="img">
            <rect class="bar" data-role="SELF" x="54" y="216.0" width="18" height="0.0" fill="#1f4e79"/>…</svg></figure></section>
            <section id="findings"><h2>发现与建议</h2><article class="finding severity-HIGH" data-type="PERCEPTION_GAP">…</article></section>
            <section id="gaps">…</section><section id="contradictions">…</section><section id="history">…</section>
            <section id="details">…</section><section id="suppressed">…</section>
            </body>
            </html>
            """;

    static final String NOT_ACCEPTABLE = """
            {"type": "https://pmi-suite.dev/problems/not-acceptable", "title": "Not acceptable", "status": 406,
             "detail": "This report cannot be answered in application/xml; it is answered in application/json, \
            text/csv or text/html.",
             "instance": "/api/v1/reports/{id}"}
            """;

    private ReportExamples() {
    }
}
