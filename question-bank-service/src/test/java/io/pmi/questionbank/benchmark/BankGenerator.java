package io.pmi.questionbank.benchmark;

import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.domain.SearchText;
import io.pmi.questionbank.domain.SourceRole;
import io.pmi.questionbank.repository.LibraryContent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's question bank of any size, derived from the 49 questions of the built-in library and written straight
 * through JDBC, consistently with what the service writes: question, question_version (the current one, and the
 * one before it for a tenth of them), question_role (the roles of the variants), question_term (the bigrams of
 * {@link SearchText#of(io.pmi.questionbank.domain.QuestionContent)}, by {@link SearchText#bigrams}) and one measure per measure key.
 *
 * <p>Question {@code i} is library question {@code i mod 49} with its key and measure suffixed, and its texts
 * varied the same way in both languages: a leading context (period, department, occasion) for most of them, a
 * project-team code name of two random characters for some, and synonyms in place of common words (上级/主管/
 * 直属领导, supervisor/manager/line manager, ...), so that the bigram index holds a realistic spread of common and
 * rare terms. Everything is drawn from a random generator seeded with {@code i}: the same bank every run.
 */
final class BankGenerator {

    private static final String[][] PERIODS = {
            {"过去三个月", "Over the past three months"}, {"本季度", "This quarter"}, {"上半年", "In the first half"},
            {"今年以来", "Since the start of the year"}, {"最近一个考核周期", "In the last review cycle"},
            {"去年", "Last year"}, {"近半年", "In the past six months"}, {"本年度", "This year"},
            {"新财年开始后", "Since the new fiscal year began"}, {"试用期内", "During the probation period"}};
    private static final String[][] DEPARTMENTS = {
            {"销售部", "the sales department"}, {"研发中心", "the R&D centre"}, {"财务部", "finance"},
            {"人力资源部", "human resources"}, {"市场部", "marketing"}, {"客服中心", "the service centre"},
            {"生产车间", "the production workshop"}, {"采购部", "purchasing"}, {"物流部", "logistics"},
            {"法务部", "legal"}, {"信息技术部", "IT"}, {"质量管理部", "quality management"},
            {"华东区域", "the East China region"}, {"海外业务部", "overseas business"}, {"门店运营", "store operations"},
            {"品牌公关部", "brand and PR"}, {"战略投资部", "strategy and investment"}, {"行政部", "administration"}};
    private static final String[][] OCCASIONS = {
            {"季度复盘", "quarterly review"}, {"年度考核", "annual appraisal"}, {"新产品上线", "new product launch"},
            {"客户投诉处理", "handling of customer complaints"}, {"跨部门项目", "cross-department project"},
            {"预算编制", "budgeting round"}, {"系统升级", "system upgrade"}, {"渠道拓展", "channel expansion"},
            {"成本控制", "cost-control drive"}, {"招聘计划", "hiring plan"}, {"流程优化", "process improvement"},
            {"数字化转型", "digital transformation"}, {"供应链调整", "supply-chain change"},
            {"团队重组", "team reorganisation"}, {"大客户续约", "key-account renewal"}, {"安全生产检查", "safety audit"}};
    /** Synonyms replacing a word wherever it occurs in a question's Chinese texts; one choice per question. */
    private static final String[][] ZH_SYNONYMS = {
            {"正式沟通", "正式沟通", "正式面谈", "一对一沟通"}, {"上级", "上级", "主管", "直属领导"},
            {"同事", "同事", "同伴", "合作伙伴"}, {"公司", "公司", "企业", "集团"}, {"下属", "下属", "团队成员", "组员"},
            {"绩效", "绩效", "业绩", "工作表现"}};
    private static final String[][] EN_SYNONYMS = {
            {"supervisor", "supervisor", "manager", "line manager"}, {"colleague", "colleague", "co-worker", "teammate"},
            {"company", "company", "organisation", "business"}, {"team member", "team member", "direct report",
            "report"}, {"performance", "performance", "results", "work"}};
    /** Characters for the code names of project teams: a long tail of rare bigrams. */
    private static final String NAME_CHARACTERS = "星辰海川山河云峰松竹梅兰青蓝红金银铁石林森江湖泉溪风雷电光明晨曦"
            + "朝阳月华天宇飞龙凤鹰鹏虎豹鲸鲨狮象鹿雁鹤燕雀锋刃盾弓箭剑鼎磐炬焰烽灯塔桥港湾岛洲原野丘岭谷";
    private static final String[] NAME_WORDS = {"Aurora", "Falcon", "Granite", "Harbor", "Juniper", "Kestrel",
            "Lantern", "Meridian", "Nimbus", "Orchid", "Pinnacle", "Quartz", "Redwood", "Summit", "Tundra", "Vertex",
            "Willow", "Zephyr", "Beacon", "Cobalt", "Delta", "Ember", "Fjord", "Glacier"};

    record Generated(String id, String status, int contentVersion, QuestionContent content, QuestionContent previous,
                     LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    private final List<LibraryContent.LibraryQuestion> library;
    private final Map<String, String> dimensionIds;
    private final Map<String, String> topicIds;
    private final String tenant;

    BankGenerator(Connection connection, String tenant) throws SQLException {
        this.library = LibraryContent.questions("library/questions.json");
        this.dimensionIds = ids(connection, "select code, id from dimension where tenant_id = '_library'");
        this.topicIds = ids(connection, "select code, id from topic where tenant_id = '_library'");
        this.tenant = tenant;
    }

    /** Question number {@code i} of the bank. */
    Generated question(int i) {
        Random random = new Random(0x5eed_0000L + i);
        QuestionContent base = library.get(i % library.size()).content();
        int[] zh = new int[ZH_SYNONYMS.length];
        for (int s = 0; s < zh.length; s++) {
            zh[s] = 1 + random.nextInt(ZH_SYNONYMS[s].length - 1);
        }
        int[] en = new int[EN_SYNONYMS.length];
        for (int s = 0; s < en.length; s++) {
            en[s] = 1 + random.nextInt(EN_SYNONYMS[s].length - 1);
        }
        String[] context = null;
        if (random.nextInt(10) < 7) {
            String[] period = PERIODS[random.nextInt(PERIODS.length)];
            String[] department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            String[] occasion = OCCASIONS[random.nextInt(OCCASIONS.length)];
            context = new String[] {period[0] + ",结合" + department[0] + "的" + occasion[0] + ":",
                    period[1] + ", thinking of the " + occasion[1] + " in " + department[1] + ": "};
        }
        String[] team = null;
        if (random.nextInt(10) < 3) {
            String name = "" + NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length()))
                    + NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length()));
            team = new String[] {"(「" + name + "」项目组)", " (team " + NAME_WORDS[random.nextInt(NAME_WORDS.length)]
                    + " " + (1 + random.nextInt(99)) + ")"};
        }
        String key = base.key() + "-" + i;
        String measure = base.measure() + ".v" + (i / library.size()) % 40;
        String[] ctx = context;
        String[] tm = team;
        java.util.function.UnaryOperator<Map<String, String>> vary = text -> {
            if (text == null) {
                return null;
            }
            Map<String, String> varied = new LinkedHashMap<>();
            text.forEach((locale, value) -> {
                boolean chinese = locale.equals("zh-CN");
                String out = value;
                String[][] synonyms = chinese ? ZH_SYNONYMS : EN_SYNONYMS;
                int[] choice = chinese ? zh : en;
                for (int s = 0; s < synonyms.length; s++) {
                    out = out.replace(synonyms[s][0], synonyms[s][choice[s]]);
                }
                if (ctx != null) {
                    out = (chinese ? ctx[0] : ctx[1]) + out;
                }
                if (tm != null) {
                    out = out + (chinese ? tm[0] : tm[1]);
                }
                varied.put(locale, out);
            });
            return varied;
        };
        QuestionContent content = new QuestionContent(key, base.dimension(), base.topic(), measure, base.type(),
                vary.apply(base.text()), base.variants() == null ? null : base.variants().stream()
                .map(v -> new QuestionContent.Variant(v.role(), vary.apply(v.text()))).toList(),
                base.options(), base.scale(), base.probes(), base.intent());
        int roll = random.nextInt(100);
        String status = roll < 80 ? "ACTIVE" : roll < 95 ? "DRAFT" : "RETIRED";
        int version = !status.equals("DRAFT") && random.nextInt(10) == 0 ? 2 : 1;
        QuestionContent previous = version == 1 ? null : new QuestionContent(key, base.dimension(), base.topic(),
                measure, base.type(), base.text(), base.variants(), base.options(), base.scale(), base.probes(),
                base.intent());
        LocalDateTime created = LocalDateTime.of(2024, 1, 1, 9, 0).plusMinutes(7L * i + random.nextInt(7));
        LocalDateTime updated = created.plusDays(random.nextInt(300));
        // Question i of every tenant has the same content; its id is the tenant's own.
        String id = new UUID(random.nextLong() ^ tenant.hashCode(), random.nextLong()).toString();
        return new Generated(id, status, version, content, previous, created, updated);
    }

    /**
     * Writes questions {@code from} (inclusive) to {@code to} (exclusive), in batches of {@code batch} questions,
     * one transaction per batch; returns the number of bigram rows written. The connection should have
     * {@code rewriteBatchedStatements=true}.
     */
    long load(Connection connection, int from, int to, int batch) throws SQLException {
        Set<String> measures = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select measure_key from measure where tenant_id = ?")) {
            select.setString(1, tenant);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    measures.add(rows.getString(1));
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        try (Statement session = connection.createStatement()) {
            // The rows are consistent by construction; checking keys row by row would only slow the load down.
            session.execute("set session unique_checks = 0, foreign_key_checks = 0");
        }
        connection.setAutoCommit(false);
        long terms = 0;
        try (PreparedStatement measure = connection.prepareStatement("insert into measure (id, tenant_id, "
                + "measure_key, dimension_id, topic_id, type, answer_spec) values (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement question = connection.prepareStatement("insert into question (id, tenant_id, "
                     + "question_key, dimension_id, topic_id, measure_key, type, status, content_version, search_text,"
                     + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement version = connection.prepareStatement("insert into question_version (id, tenant_id, "
                     + "question_id, number, content, created_at, created_by) values (?, ?, ?, ?, ?, ?, 'bench')");
             PreparedStatement role = connection.prepareStatement(
                     "insert into question_role (question_id, role, tenant_id) values (?, ?, ?)");
             PreparedStatement term = connection.prepareStatement(
                     "insert into question_term (tenant_id, term, question_id) values (?, ?, ?)")) {
            for (int start = from; start < to; start += batch) {
                for (int i = start; i < Math.min(to, start + batch); i++) {
                    Generated q = question(i);
                    QuestionContent content = q.content();
                    String dimension = dimensionIds.get(content.dimension());
                    String topic = topicIds.get(content.topic());
                    if (measures.add(content.measure())) {
                        measure.setString(1, UUID.nameUUIDFromBytes((tenant + "/" + content.measure()).getBytes())
                                .toString());
                        measure.setString(2, tenant);
                        measure.setString(3, content.measure());
                        measure.setString(4, dimension);
                        measure.setString(5, topic);
                        measure.setString(6, content.type().name());
                        measure.setString(7, LibraryContent.answerSpecJson(content));
                        measure.addBatch();
                    }
                    String searchText = SearchText.of(content);
                    question.setString(1, q.id());
                    question.setString(2, tenant);
                    question.setString(3, content.key());
                    question.setString(4, dimension);
                    question.setString(5, topic);
                    question.setString(6, content.measure());
                    question.setString(7, content.type().name());
                    question.setString(8, q.status());
                    question.setInt(9, q.contentVersion());
                    question.setString(10, searchText);
                    question.setObject(11, q.createdAt());
                    question.setObject(12, q.updatedAt());
                    question.addBatch();
                    if (q.previous() != null) {
                        addVersion(version, q, 1, q.previous(), q.createdAt());
                    }
                    addVersion(version, q, q.contentVersion(), content, q.updatedAt());
                    for (SourceRole r : content.roles()) {
                        role.setString(1, q.id());
                        role.setString(2, r.name());
                        role.setString(3, tenant);
                        role.addBatch();
                    }
                    for (String t : SearchText.bigrams(searchText)) {
                        term.setString(1, tenant);
                        term.setString(2, t);
                        term.setString(3, q.id());
                        term.addBatch();
                        terms++;
                    }
                }
                measure.executeBatch();
                question.executeBatch();
                version.executeBatch();
                role.executeBatch();
                term.executeBatch();
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
            try (Statement session = connection.createStatement()) {
                session.execute("set session unique_checks = 1, foreign_key_checks = 1");
            }
        }
        return terms;
    }

    private void addVersion(PreparedStatement version, Generated q, int number, QuestionContent content,
                            LocalDateTime at) throws SQLException {
        version.setString(1, q.id() + "@" + number);
        version.setString(2, tenant);
        version.setString(3, q.id());
        version.setInt(4, number);
        version.setString(5, LibraryContent.json(content));
        version.setObject(6, at);
        version.addBatch();
    }

    private static Map<String, String> ids(Connection connection, String sql) throws SQLException {
        Map<String, String> ids = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getString(2));
            }
        }
        return ids;
    }
}
