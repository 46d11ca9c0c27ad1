package io.pmi.report.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.pmi.report.InterviewStubs;
import io.pmi.testsupport.InjectWireMock;
import io.pmi.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.pmi.report.rest.ExportFixture.MANAGER;
import static io.pmi.report.rest.ExportFixture.PEER_QUOTE;
import static io.pmi.report.rest.ExportFixture.SELF_QUOTE;
import static io.pmi.report.rest.ExportFixture.SUBORDINATE_QUOTE_1;
import static io.pmi.report.rest.ExportFixture.SUBORDINATE_QUOTE_2;
import static io.pmi.report.rest.ExportFixture.SUPERVISOR_QUOTE;
import static io.pmi.report.rest.ExportFixture.html;
import static io.pmi.report.rest.ExportFixture.parseCsv;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's CSV and HTML exports of GET /reports/{id}, chosen by Accept: each shows what the JSON of the same
 * audience shows and nothing more, CSV cells cannot break out or run formulas, the page escapes every text and
 * needs nothing from outside, and any other Accept is a 406 problem.
 */
@QuarkusTest
class ReportExportTest {

    private static final List<String> COLUMNS = List.of("dimension", "topic", "measure", "type", "role",
            "respondents", "belowThreshold", "mean", "spread", "distribution", "stances", "quotes");
    /** Decimals as sent, trailing zeros included: the CSV must write them the same way. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @InjectWireMock
    WireMockServer downstream;

    private String id;

    @BeforeEach
    void report() {
        downstream.resetAll();
        InterviewStubs.dimensions(downstream);
        String campaign = UUID.randomUUID().toString();
        String subject = "E-" + UUID.randomUUID().toString().substring(0, 8);
        ExportFixture.export(campaign, subject).stub(downstream);
        id = ExportFixture.generate(TENANT_A, campaign, subject);
    }

    private static RequestSpecification hr() {
        return as(TENANT_A, "HR_ADMIN");
    }

    private static RequestSpecification manager() {
        return given().auth().oauth2(TestTokens.token(TENANT_A, MANAGER, "MANAGER"));
    }

    private String csv(RequestSpecification caller) {
        byte[] body = caller.accept("text/csv").get("/api/v1/reports/" + id).then().statusCode(200)
                .contentType("text/csv;charset=UTF-8").extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3),
                "UTF-8 byte order mark first, so that Excel reads Chinese");
        return new String(body, StandardCharsets.UTF_8);
    }

    private String page(RequestSpecification caller, String language) {
        return caller.accept("text/html").header("Accept-Language", language).get("/api/v1/reports/" + id).then()
                .statusCode(200).contentType("text/html;charset=UTF-8")
                .header("Content-Language", equalTo(language)).extract().asString();
    }

    private JsonNode json(RequestSpecification caller) throws Exception {
        return JSON.readTree(caller.accept("application/json").get("/api/v1/reports/" + id).then().statusCode(200)
                .extract().asString());
    }

    @Test
    void theCsvHasOneRowPerMeasureAndSourceOfTheJson() throws Exception {
        Response response = hr().accept("text/csv").get("/api/v1/reports/" + id);
        response.then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"report-" + id + "-v1.csv\""))
                .header("Content-Language", equalTo("zh-CN"));
        assertTrue(response.headers().getValues("Vary").stream().anyMatch(v -> v.equals("Accept")),
                "the format depends on Accept: " + response.headers().getValues("Vary"));
        String csv = csv(hr());
        assertTrue(csv.startsWith("\uFEFF"));
        List<List<String>> records = parseCsv(csv.substring(1));
        assertEquals(COLUMNS, records.get(0));
        assertEquals(expectedRows(json(hr())), records.subList(1, records.size()));
        assertEquals(12, records.size() - 1, "three measures, four sources each (HR sees groups below k)");

        List<String> supervisorQuotes = row(records, "goals.strategy-direction", "SUPERVISOR");
        assertEquals("'" + SUPERVISOR_QUOTE, supervisorQuotes.get(11), "a formula is defused with an apostrophe");
        assertEquals("'" + SELF_QUOTE, row(records, "goals.strategy-direction", "SELF").get(11));
        assertEquals(String.join("\n", PEER_QUOTE, PEER_QUOTE, PEER_QUOTE),
                row(records, "goals.strategy-direction", "PEER").get(11));
        assertEquals(List.of("目标设定", "公司战略认知", "goals.strategy-direction", "OPEN", "SUBORDINATE", "2", "true",
                "", "", "", "POSITIVE=0; NEUTRAL=0; NEGATIVE=2"), row(records, "goals.strategy-direction",
                "SUBORDINATE").subList(0, 11));
        assertEquals(List.of("考核指标", "KPI 的确定与合理性", "indicators.kpi-reasonableness", "SCALE", "PEER", "3", "false",
                "2.00", "0.00", "", "POSITIVE=0; NEUTRAL=0; NEGATIVE=0"), row(records,
                "indicators.kpi-reasonableness", "PEER").subList(0, 11));
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"点我\"\"), 他说\"\"每周\"\"都沟通\n第二行"),
                "RFC 4180: the cell is quoted, its quotes doubled, its line break kept: " + csv);
    }

    @Test
    void aManagersExportsWithholdWhatTheirJsonWithholdsAndHrsShowIt() throws Exception {
        String managerCsv = csv(manager());
        String managerPage = page(manager(), "zh-CN");
        for (String withheld : List.of(SUBORDINATE_QUOTE_1, SUBORDINATE_QUOTE_2, "下属甲", "下属乙", SELF_QUOTE,
                "我不太清楚", "HYPERLINK")) {
            assertFalse(managerCsv.contains(withheld), "the manager's CSV shows " + withheld + ":\n" + managerCsv);
            assertFalse(managerPage.contains(withheld) || managerPage.contains(html(withheld)),
                    "the manager's page shows " + withheld);
        }
        List<List<String>> records = parseCsv(managerCsv.substring(1));
        assertEquals(expectedRows(json(manager())), records.subList(1, records.size()));
        assertTrue(records.stream().skip(1).noneMatch(r -> r.get(4).equals("SUBORDINATE")), "no group below k");
        assertTrue(records.stream().skip(1).filter(r -> r.get(4).equals("SELF") || r.get(4).equals("SUPERVISOR"))
                .allMatch(r -> r.get(11).isEmpty()), "no quote of a group of one");
        assertTrue(managerPage.contains("经理:匿名视图"));
        assertTrue(managerPage.contains("人数低于匿名阈值 k") && managerPage.contains("单一来源,原话可识别身份"),
                "the page says what is withheld and why");
        assertEquals(3, count(managerPage, "<rect class=\"bar\""), "SELF, SUPERVISOR and PEER bars");

        String hrCsv = csv(hr());
        String hrPage = page(hr(), "zh-CN");
        for (String shown : List.of(SUBORDINATE_QUOTE_1, SUBORDINATE_QUOTE_2, SELF_QUOTE)) {
            assertTrue(hrCsv.contains(shown), "HR's CSV shows " + shown);
            assertTrue(hrPage.contains(html(shown)), "HR's page shows " + shown);
        }
        assertEquals(4, count(hrPage, "<rect class=\"bar\""), "HR also sees the subordinates' bar");
        assertTrue(hrPage.contains("低于匿名阈值"), "a group below k is marked");
    }

    @Test
    void thePageIsEscapedSelfContainedAndInTheRequestedLanguage() throws Exception {
        String english = page(hr(), "en");
        assertTrue(english.startsWith("<!DOCTYPE html>"), english);
        assertTrue(english.contains("<html lang=\"en\">"));
        assertTrue(english.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "a quote is escaped");
        assertFalse(english.toLowerCase().contains("<script"), "no script, neither ours nor a quote's");
        for (String external : List.of("src=", "href=", "url(", "@import", "<link", "<iframe", "<object")) {
            assertFalse(english.contains(external), "the page loads nothing from outside: " + external);
        }
        assertTrue(english.contains("@media print") && english.contains("@page"), "print CSS");
        assertTrue(english.contains("Findings and recommendations") && english.contains("Dimension scores by source")
                && english.contains("Self against others") && english.contains("Contradictions between sources")
                && english.contains("What is not shown"), "English labels");
        JsonNode report = json(hr().header("Accept-Language", "en"));
        assertTrue(report.path("findings").size() > 0);
        for (JsonNode finding : report.path("findings")) {
            assertTrue(english.contains(html(finding.path("summary").asText())), "summary of " + finding);
            assertTrue(english.contains(html(finding.path("recommendation").asText())), "recommendation of "
                    + finding);
        }
        assertEquals(report.path("findings").size(), count(english, "<article class=\"finding"));
        for (JsonNode gap : report.path("gaps")) {
            assertTrue(english.contains(gap.path("gap").decimalValue().toPlainString()), "gap " + gap);
        }
        assertTrue(english.contains("<svg class=\"chart\"") && english.contains("<g class=\"legend\">"));
        for (String legend : List.of("Self", "Supervisor", "Peers", "Subordinates")) {
            assertTrue(english.contains(">" + legend + "</text>"), "legend " + legend);
        }

        String chinese = page(hr(), "zh-CN");
        assertTrue(chinese.contains("<html lang=\"zh-CN\">"));
        assertTrue(chinese.contains("发现与建议") && chinese.contains("各维度得分(按来源)") && chinese.contains(">本人</text>"));
        assertFalse(chinese.contains("Findings and recommendations"));
        JsonNode chineseReport = json(hr());
        for (JsonNode finding : chineseReport.path("findings")) {
            assertTrue(chinese.contains(html(finding.path("summary").asText())), "summary of " + finding);
        }
    }

    @Test
    void acceptChoosesTheFormatAndAnythingElseIsA406Problem() {
        String path = "/api/v1/reports/" + id;
        hr().get(path).then().statusCode(200).contentType("application/json").body("id", equalTo(id));
        hr().accept("*/*").get(path).then().statusCode(200).contentType("application/json");
        hr().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get(path).then()
                .statusCode(200).contentType("text/html;charset=UTF-8");
        hr().accept("text/csv;q=0.5, text/html;q=0.9").get(path).then().statusCode(200)
                .contentType("text/html;charset=UTF-8");
        hr().accept("application/json;q=0.1, text/csv").get(path).then().statusCode(200)
                .contentType("text/csv;charset=UTF-8");
        hr().accept("*/*, application/json;q=0").get(path).then().statusCode(200)
                .contentType("text/csv;charset=UTF-8");

        for (String refused : List.of("text/html;q=0", "application/xml", "text/plain",
                "application/json;q=0, text/csv;q=0, text/html;q=0")) {
            assertProblem(hr().accept(refused).get(path).then(), 406, "not-acceptable")
                    .body("detail", containsString("application/json, text/csv or text/html"))
                    .body("instance", equalTo(path));
        }
        assertProblem(hr().accept("text/csv").get("/api/v1/reports/" + UUID.randomUUID()).then(), 404,
                "not-found");
        assertProblem(manager().accept("text/html").queryParam("audience", "HR").get(path).then(), 403,
                "forbidden");
    }

    @Test
    void theContractListsTheThreeMediaTypesWithExamples() {
        Response contract = given().accept("application/json").get("/q/openapi?format=json");
        contract.then().statusCode(200);
        Map<String, Object> content = contract.path("paths.'/api/v1/reports/{id}'.get.responses.'200'.content");
        assertEquals(List.of("application/json", "text/csv", "text/html"), new ArrayList<>(content.keySet()));
        for (String type : content.keySet()) {
            Map<String, Object> examples = contract.path("paths.'/api/v1/reports/{id}'.get.responses.'200'.content.'"
                    + type + "'.examples");
            assertEquals(1, examples == null ? 0 : examples.size(), "one example of " + type);
        }
        contract.then().body("paths.'/api/v1/reports/{id}'.get.responses.'406'.content.'application/problem+json'"
                        + ".examples.not-acceptable.value.detail", containsString("text/csv"))
                .body("paths.'/api/v1/reports/{id}'.get.responses.'200'.content.'text/csv'.examples"
                        + ".'getReport.csv'.value", startsWith("dimension,topic,measure"))
                .body("paths.'/api/v1/reports/{id}'.get.responses.'200'.content.'application/json'.examples"
                        + ".getReport.value.audience", equalTo("MANAGER"));
        contract.then().body("paths.'/api/v1/reports/{id}'.get.responses.'200'.headers.keySet()",
                hasItem("Content-Disposition"));
    }

    /** The rows the CSV must have: one per measure and source of the JSON, in its order. */
    private static List<List<String>> expectedRows(JsonNode report) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode dimension : report.path("dimensions")) {
            for (JsonNode topic : dimension.path("topics")) {
                for (JsonNode measure : topic.path("measures")) {
                    for (JsonNode source : measure.path("sources")) {
                        List<String> quotes = new ArrayList<>();
                        source.path("quotes").forEach(q -> quotes.add(q.path("text").asText()));
                        String joined = String.join("\n", quotes);
                        rows.add(List.of(dimension.path("name").asText(), topic.path("name").asText(),
                                measure.path("measure").asText(), measure.path("type").asText(),
                                source.path("role").asText(), source.path("respondents").asText(),
                                source.path("belowThreshold").asText(), number(source.path("mean")),
                                number(source.path("spread")), counts(source.path("distribution")),
                                counts(source.path("stances")),
                                joined.matches("(?s)^[=+\\-@].*") ? "'" + joined : joined));
                    }
                }
            }
        }
        return rows;
    }

    private static String number(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "" : value.decimalValue().toPlainString();
    }

    private static String counts(JsonNode counts) {
        List<String> pairs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            pairs.add(entry.getKey() + "=" + entry.getValue().asInt());
        }
        return String.join("; ", pairs);
    }

    private static List<String> row(List<List<String>> records, String measure, String role) {
        return records.stream().filter(r -> r.get(2).equals(measure) && r.get(4).equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + measure + " " + role));
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
