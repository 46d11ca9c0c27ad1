package io.pmi.report.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Campaigns of completed, consented interviews written straight into interview-service's database, row for row as
 * that service writes them (its migrations V1 to V4; JSON columns as its {@code JsonColumns} converters write them:
 * plain Jackson). Adapted from interview-service's {@code ExportData} (its test sources, which report-service's
 * test classpath cannot see, and which needs interview-service's own classes): the same questions (the first
 * {@code questions} of the question-bank library, worded for the role, with options, scales and probes) and
 * answers (words, a scale point or options; some with a comment, follow-ups, tags; an emotion note in every fifth
 * interview), but shaped for reports: {@code interviewsPerSubject} interviews per subject (one SELF, one SUPERVISOR
 * by the subject's manager, then PEER and SUBORDINATE in turn, each by a different interviewee), subjects in 20
 * departments, and performance records for each subject (three KPIs over two periods, some below target).
 *
 * <p>The participants are shared by every campaign of the tenant: {@link #writeParticipants} writes
 * {@code E000000} (the root of a reporting tree of fan-out 8) to {@code E<subjects>} and their records once, and a
 * campaign of n subjects interviews {@code E000001} to {@code E<n>}. Everything is drawn from generators seeded
 * with the campaign and the interview's number: the same data every run.
 */
final class CampaignData {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int DEPARTMENTS = 20;
    private static final String[] PERIODS = {"2026-H1", "2025-H2"};
    private static final String[] OPEN_ANSWERS = {
            "目标基本清楚,但季度指标拆解到个人时沟通不够充分,希望上级能提前说明考核口径,并在季度中间给一次反馈。",
            "主要是通过部门例会了解的,平时工作忙,很少有机会和上级单独聊绩效的事情,感觉考核结果出来之前心里没底。",
            "我觉得现在的指标太偏重销售额,像客户维护、团队协作这些做了很多但体现不出来,希望能增加一些过程指标。",
            "反馈一般是年底才有,平时做得好不好不太清楚。如果能每个月简单沟通一次,会更有方向,也更愿意主动改进。",
            "激励方面奖金和绩效挂钩比较明确,但晋升和培训机会跟绩效的关系说得不清楚,大家私下会有一些猜测和议论。"};
    private static final String[] FOLLOW_UP_ANSWERS = {
            "比如上个季度新客户数量的指标,到季度末才知道要按签约口径算。",
            "主要是希望上级在月度例会后留十分钟单独聊一下。",
            "团队里有两个同事也有类似的感受,但没有正式提过。"};
    private static final String[] COMMENTS = {"受访者语气平和,举了两个具体例子。", "这个问题受访者思考了较长时间。",
            "受访者希望这部分内容不要写进报告原话。"};
    private static final String[] TAGS = {"目标", "指标", "反馈", "激励", "沟通", "公平"};
    private static final String[] EMOTIONS = {"CALM", "ANXIOUS", "FRUSTRATED", "EXCITED"};
    private static final String[] STANCES = {"POSITIVE", "NEUTRAL", "NEGATIVE"};

    /** A library question as the interview keeps it: worded for each role. */
    record LibraryQuestion(String id, String key, String dimension, String topic, String measure, String type,
                           Map<String, Map<String, String>> textByRole, List<String> options, Integer scaleMin,
                           Integer scaleMax, List<Map<String, String>> probes) {
    }

    /** One campaign: its id, subjects {@code E000001} to {@code E<subjects>}, interviews per subject. */
    record Campaign(String id, int subjects, int interviewsPerSubject) {
        int interviews() {
            return subjects * interviewsPerSubject;
        }
    }

    private final String tenant;
    private final List<LibraryQuestion> questions;
    private final Map<String, Map<String, String>> openings;
    private final LocalDateTime base = LocalDateTime.of(2026, 7, 1, 1, 0);

    CampaignData(Path library, String tenant, int questionCount) throws IOException {
        this.tenant = tenant;
        this.questions = new ArrayList<>();
        JsonNode all = JSON.readTree(library.resolve("questions.json").toFile());
        if (all.size() < questionCount) {
            throw new IllegalArgumentException("The library has " + all.size() + " questions, not " + questionCount);
        }
        for (int i = 0; i < questionCount; i++) {
            questions.add(question(all.get(i)));
        }
        this.openings = new LinkedHashMap<>();
        for (JsonNode guide : JSON.readTree(library.resolve("guides.json").toFile())) {
            openings.put(guide.get("role").asText(), texts(guide.get("opening")));
        }
    }

    static String externalId(int i) {
        return String.format(Locale.ROOT, "E%06d", i);
    }

    static String department(int participant) {
        return "部门" + (participant % DEPARTMENTS + 1);
    }

    static Campaign campaign(String name, int subjects, int interviewsPerSubject) {
        return new Campaign(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString(), subjects,
                interviewsPerSubject);
    }

    /** Participants E000000 to E{@code subjects} and {@code recordsPerSubject} (at most 4) records for each. */
    void writeParticipants(Connection connection, int subjects, int recordsPerSubject) throws SQLException {
        try (PreparedStatement participant = connection.prepareStatement("insert into participant (id, tenant_id, "
                + "external_id, name, email, department, position, manager_external_id, employment_status, "
                + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, '职员', ?, 'ACTIVE', ?, ?)");
             PreparedStatement record = connection.prepareStatement("insert into performance_record (id, tenant_id, "
                     + "participant_id, period, period_start, period_end, indicator, kind, target, actual, unit, "
                     + "direction, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'KPI', ?, ?, ?, ?, ?, ?)")) {
            for (int p = 0; p <= subjects; p++) {
                String id = new UUID(0x5eedL, p).toString();
                participant.setString(1, id);
                participant.setString(2, tenant);
                participant.setString(3, externalId(p));
                participant.setString(4, "员工" + p);
                participant.setString(5, "e" + p + "@example.com");
                participant.setString(6, department(p));
                participant.setString(7, p == 0 ? null : externalId((p - 1) / 8));
                participant.setObject(8, base.minusDays(60));
                participant.setObject(9, base.minusDays(60));
                participant.addBatch();
                for (int r = 0; r < Math.min(4, recordsPerSubject); r++) {
                    // Two indicators of 2026-H1 and two of 2025-H2; a third of the actuals well below target.
                    boolean current = r % 2 == 0;
                    String period = PERIODS[current ? 0 : 1];
                    LocalDate start = current ? LocalDate.of(2026, 1, 1) : LocalDate.of(2025, 7, 1);
                    boolean sales = r < 2;
                    int target = sales ? 100 + p % 50 : 20 + p % 10;
                    double share = (p + r) % 3 == 0 ? 0.55 + (p % 7) * 0.02 : 0.9 + (p % 11) * 0.03;
                    record.setString(1, new UUID(0x7ecL << 32 | r, p).toString());
                    record.setString(2, tenant);
                    record.setString(3, id);
                    record.setString(4, period);
                    record.setObject(5, start);
                    record.setObject(6, start.plusMonths(6).minusDays(1));
                    record.setString(7, sales ? "销售额" : "新客户数");
                    record.setBigDecimal(8, BigDecimal.valueOf(target));
                    record.setBigDecimal(9, BigDecimal.valueOf(Math.round(target * share * 100) / 100.0));
                    record.setString(10, sales ? "万元" : "个");
                    record.setString(11, "HIGHER_IS_BETTER");
                    record.setObject(12, base.minusDays(30));
                    record.setObject(13, base.minusDays(30));
                    record.addBatch();
                }
                if (p % 1000 == 999) {
                    participant.executeBatch();
                    record.executeBatch();
                }
            }
            participant.executeBatch();
            record.executeBatch();
        }
    }

    /** The campaign and its guides (k = 3); its interviews are written by {@link #writeInterviews}. */
    void writeCampaign(Connection connection, Campaign campaign) throws SQLException {
        try (PreparedStatement row = connection.prepareStatement("insert into campaign (id, tenant_id, name, "
                + "period, locale, status, anonymity_threshold, completeness_threshold, created_at, created_by, "
                + "updated_at) values (?, ?, ?, '2026-H1', 'zh-CN', 'OPEN', 3, 0.8, ?, 'hr-admin', ?)");
             PreparedStatement guide = connection.prepareStatement("insert into campaign_guide (campaign_id, role, "
                     + "guide_id, version) values (?, ?, ?, 1)")) {
            row.setString(1, campaign.id());
            row.setString(2, tenant);
            row.setString(3, "2026 上半年绩效管理访谈(基准测试," + campaign.subjects() + " 人)");
            row.setObject(4, base.minusDays(30));
            row.setObject(5, base.minusDays(30));
            row.executeUpdate();
            for (String role : List.of("SELF", "SUPERVISOR", "PEER", "SUBORDINATE")) {
                guide.setString(1, campaign.id());
                guide.setString(2, role);
                guide.setString(3, "guide." + role.toLowerCase(Locale.ROOT));
                guide.executeUpdate();
            }
        }
    }

    /**
     * Interviews {@code from} (inclusive) to {@code to} (exclusive) of the campaign, numbered subject by subject,
     * with their questions, answers and emotion notes, {@code batch} interviews a transaction; the connection
     * should have {@code rewriteBatchedStatements}.
     */
    void writeInterviews(Connection connection, Campaign campaign, int from, int to, int batch) throws SQLException {
        try (Statement session = connection.createStatement()) {
            // The rows are consistent by construction; checking keys row by row would only slow the load down.
            session.execute("set session unique_checks = 0, foreign_key_checks = 0");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement interview = connection.prepareStatement("insert into interview (id, tenant_id, "
                + "campaign_id, subject_external_id, interviewee_external_id, source_role, interviewer_id, "
                + "scheduled_at, status, live_slot, guide_id, guide_version, locale, opening, background_reviewed, "
                + "department_understood, past_reviewed, preparation_version, start_checklist, consent_locale, "
                + "consent_text_version, consent_text_hash, consented_at, consent_version, prepared_at, started_at, "
                + "completed_at, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 'COMPLETED', '', ?, "
                + "1, 'zh-CN', ?, true, true, true, 1, '', 'zh-CN', ?, ?, ?, 1, ?, ?, ?, ?, ?, 5)");
             PreparedStatement question = connection.prepareStatement("insert into interview_question (interview_id, "
                     + "question_key, tenant_id, position, question_id, question_version, dimension, topic, measure, "
                     + "type, text, options, scale_min, scale_max, probes, required, asked_on_spot) values (?, ?, ?, "
                     + "?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, false)");
             PreparedStatement answer = connection.prepareStatement("insert into answer (id, tenant_id, "
                     + "interview_id, question_key, text, scale_value, choices, comment, follow_ups, vague, stance, "
                     + "tags, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement emotion = connection.prepareStatement("insert into emotion_note (id, tenant_id, "
                     + "interview_id, question_key, emotion, intensity, acknowledged, note, created_at) values (?, ?, "
                     + "?, ?, ?, ?, ?, ?, ?)")) {
            for (int start = from; start < to; start += batch) {
                for (int j = start; j < Math.min(to, start + batch); j++) {
                    write(campaign, j, interview, question, answer, emotion);
                }
                interview.executeBatch();
                question.executeBatch();
                answer.executeBatch();
                emotion.executeBatch();
                connection.commit();
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void write(Campaign campaign, int j, PreparedStatement interview, PreparedStatement question,
                       PreparedStatement answer, PreparedStatement emotion) throws SQLException {
        Random random = new Random(campaign.id().hashCode() * 1_000_003L + j);
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        int subject = j / campaign.interviewsPerSubject() + 1;
        int k = j % campaign.interviewsPerSubject();
        String role = k == 0 ? "SELF" : k == 1 ? "SUPERVISOR" : k % 2 == 0 ? "PEER" : "SUBORDINATE";
        // Peers and subordinates are other subjects, each once (k < subjects), so no two interviews share a slot.
        String interviewee = switch (role) {
            case "SELF" -> externalId(subject);
            case "SUPERVISOR" -> externalId((subject - 1) / 8);
            default -> externalId((subject - 1 + k) % Math.max(campaign.subjects(), campaign.interviewsPerSubject())
                    + 1);
        };
        String guideId = "guide." + role.toLowerCase(Locale.ROOT);
        Map<String, String> opening = openings.get(role);
        LocalDateTime scheduled = base.plusMinutes(7L * j + random.nextInt(7));
        LocalDateTime started = scheduled.plusMinutes(random.nextInt(10));
        LocalDateTime completed = started.plusMinutes(40 + random.nextInt(30));
        interview.setString(1, id);
        interview.setString(2, tenant);
        interview.setString(3, campaign.id());
        interview.setString(4, externalId(subject));
        interview.setString(5, interviewee);
        interview.setString(6, role);
        interview.setString(7, "interviewer-" + (j % 50));
        interview.setObject(8, scheduled);
        interview.setString(9, guideId);
        interview.setString(10, json(opening));
        interview.setString(11, guideId + "@1");
        interview.setString(12, sha256(opening.get("zh-CN")));
        interview.setObject(13, started);
        interview.setObject(14, scheduled.minusDays(1));
        interview.setObject(15, started);
        interview.setObject(16, completed);
        interview.setObject(17, scheduled.minusDays(7));
        interview.setObject(18, completed);
        interview.addBatch();
        for (int position = 0; position < questions.size(); position++) {
            LibraryQuestion q = questions.get(position);
            question.setString(1, id);
            question.setString(2, q.key());
            question.setString(3, tenant);
            question.setInt(4, position + 1);
            question.setString(5, q.id());
            question.setString(6, q.dimension());
            question.setString(7, q.topic());
            question.setString(8, q.measure());
            question.setString(9, q.type());
            question.setString(10, json(q.textByRole().getOrDefault(role, q.textByRole().get(""))));
            question.setString(11, json(q.options()));
            question.setObject(12, q.scaleMin());
            question.setObject(13, q.scaleMax());
            question.setString(14, json(q.probes()));
            question.addBatch();

            LocalDateTime at = started.plusSeconds(60L * position + random.nextInt(60));
            answer.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
            answer.setString(2, tenant);
            answer.setString(3, id);
            answer.setString(4, q.key());
            answer.setString(5, q.type().equals("OPEN") ? OPEN_ANSWERS[random.nextInt(OPEN_ANSWERS.length)] : null);
            answer.setObject(6, q.type().equals("SCALE")
                    ? q.scaleMin() + random.nextInt(q.scaleMax() - q.scaleMin() + 1) : null);
            answer.setString(7, json(choices(q, random)));
            answer.setString(8, random.nextInt(3) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null);
            answer.setString(9, q.type().equals("OPEN") && !q.probes().isEmpty() && random.nextBoolean()
                    ? json(List.of(Map.of("probe", q.probes().get(0).get("zh-CN"),
                    "answer", FOLLOW_UP_ANSWERS[random.nextInt(FOLLOW_UP_ANSWERS.length)]))) : null);
            answer.setBoolean(10, random.nextInt(10) == 0);
            answer.setString(11, STANCES[random.nextInt(STANCES.length)]);
            answer.setString(12, random.nextInt(4) == 0 ? json(List.of(TAGS[random.nextInt(TAGS.length)])) : null);
            answer.setObject(13, at);
            answer.setObject(14, at);
            answer.setLong(15, 0);
            answer.addBatch();
        }
        if (j % 5 == 0) {
            emotion.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
            emotion.setString(2, tenant);
            emotion.setString(3, id);
            emotion.setString(4, questions.get(random.nextInt(questions.size())).key());
            emotion.setString(5, EMOTIONS[random.nextInt(EMOTIONS.length)]);
            emotion.setInt(6, 1 + random.nextInt(5));
            emotion.setBoolean(7, true);
            emotion.setString(8, "谈到考核结果时情绪有些波动,已先回应再继续。");
            emotion.setObject(9, started.plusMinutes(15));
            emotion.addBatch();
        }
    }

    private static List<String> choices(LibraryQuestion q, Random random) {
        return switch (q.type()) {
            case "SINGLE_CHOICE" -> List.of(q.options().get(random.nextInt(q.options().size())));
            case "MULTI_CHOICE" -> q.options().subList(0, 1 + random.nextInt(Math.min(3, q.options().size())));
            default -> null;
        };
    }

    private LibraryQuestion question(JsonNode q) {
        Map<String, Map<String, String>> byRole = new LinkedHashMap<>();
        byRole.put("", texts(q.get("text")));
        if (q.has("variants")) {
            for (JsonNode variant : q.get("variants")) {
                byRole.put(variant.get("role").asText(), texts(variant.get("text")));
            }
        }
        List<String> options = null;
        if (q.has("options")) {
            options = new ArrayList<>();
            for (JsonNode option : q.get("options")) {
                options.add(option.get("value").asText());
            }
        }
        List<Map<String, String>> probes = new ArrayList<>();
        if (q.has("probes")) {
            q.get("probes").forEach(probe -> probes.add(texts(probe)));
        }
        JsonNode scale = q.get("scale");
        return new LibraryQuestion(q.get("id").asText(), q.get("key").asText(), q.get("dimension").asText(),
                q.path("topic").asText(null), q.path("measure").asText(null), q.get("type").asText(), byRole, options,
                scale == null ? null : scale.get("min").asInt(), scale == null ? null : scale.get("max").asInt(),
                probes);
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> texts.put(field.getKey(), field.getValue().asText()));
        return texts;
    }

    /** A JSON column as interview-service's converters write it (null stays null). */
    private static String json(Object value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
