package io.pmi.report.rest;

import io.pmi.report.InterviewStubs;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;

import static io.pmi.testsupport.TestTokens.as;

/**
 * A report whose quotes try to break out of a CSV cell or an HTML page, and what the exports tests read back:
 * {@link InterviewStubs#fourSources} with such quotes, and a CSV reader that follows RFC 4180.
 */
final class ExportFixture {

    static final String MANAGER = InterviewStubs.MANAGER;
    /** SUPERVISOR: a formula, a comma, quotes, a line break and a script. */
    static final String SUPERVISOR_QUOTE = "=HYPERLINK(\"https://evil.example\",\"点我\"), 他说\"每周\"都沟通\n"
            + "第二行<script>alert('x')</script>";
    /** SELF, withheld from managers, starting like a formula too. */
    static final String SELF_QUOTE = "@所有人 我不太清楚公司今年的方向, 没人跟我讲过。";
    static final String PEER_QUOTE = "同事说方向一直在变, 我们也说不清。";
    /** SUBORDINATE, a group below k: withheld from managers. */
    static final String SUBORDINATE_QUOTE_1 = "下属甲:经理从来不跟我们讲方向。";
    static final String SUBORDINATE_QUOTE_2 = "下属乙:目标一季度一变。";

    private ExportFixture() {
    }

    /** {@link InterviewStubs#fourSources} with the quotes above. */
    static InterviewStubs.Export export(String campaign, String subject) {
        return InterviewStubs.fourSources(campaign, subject, new InterviewStubs.Quotes(SELF_QUOTE, SUPERVISOR_QUOTE,
                PEER_QUOTE, SUBORDINATE_QUOTE_1, SUBORDINATE_QUOTE_2));
    }

    /** Generates the report as HR; answers its id. */
    static String generate(String tenant, String campaign, String subject) {
        Response created = as(tenant, "HR_ADMIN").contentType("application/json")
                .body("{\"campaignId\": \"" + campaign + "\", \"subjectExternalId\": \"" + subject + "\"}")
                .post("/api/v1/reports");
        created.then().statusCode(201);
        return created.path("id");
    }

    /** The records of an RFC 4180 text: quoted cells may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                if (cell.length() > 0) {
                    throw new AssertionError("a quote inside an unquoted cell at " + i);
                }
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '\n' || c == '\r') {
                throw new AssertionError("a bare line break outside quotes at " + i);
            } else {
                cell.append(c);
            }
        }
        if (quoted || cell.length() > 0 || !record.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF");
        }
        return records;
    }

    /** What Qute's HTML escaping makes of a text. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
