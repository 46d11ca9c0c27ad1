package db.migration;

import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.domain.GuideSnapshot;
import io.pmi.questionbank.domain.GuideSnapshots;
import io.pmi.questionbank.domain.QuestionStatus;
import io.pmi.questionbank.domain.Violation;
import io.pmi.questionbank.repository.LibraryContent;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes the library's default guides from {@code library/guides.json} as version 1, checked and frozen by the
 * same rules as a tenant's guide ({@link GuideSnapshots}); a guide that would not pass fails the migration.
 */
public class V5__Default_guides extends BaseJavaMigration {

    static final String GUIDES = "library/guides.json";

    @Override
    public Integer getChecksum() {
        return LibraryContent.checksum(GUIDES);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, GuideSnapshots.Candidate> candidates = candidates(connection);
        Map<String, GuideSnapshot.SectionDimension> dimensions = new HashMap<>();
        Set<String> core = new LinkedHashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT code, name_zh_cn, name_en, core FROM dimension WHERE tenant_id = ?")) {
            select.setString(1, LibraryContent.TENANT);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Map<String, String> name = new LinkedHashMap<>();
                    name.put("zh-CN", rows.getString(2));
                    name.put("en", rows.getString(3));
                    dimensions.put(rows.getString(1), new GuideSnapshot.SectionDimension(name, rows.getBoolean(4)));
                    if (rows.getBoolean(4)) {
                        core.add(rows.getString(1));
                    }
                }
            }
        }
        var at = LibraryContent.RELEASED;
        try (PreparedStatement guide = connection.prepareStatement("INSERT INTO guide (id, tenant_id, guide_key, role,"
                + " status, published_version, content, created_at, updated_at) VALUES (?, ?, ?, ?, 'PUBLISHED', 1, ?, ?, ?)");
             PreparedStatement uses = connection.prepareStatement(
                     "INSERT INTO guide_question (guide_id, question_id) VALUES (?, ?)");
             PreparedStatement version = connection.prepareStatement("INSERT INTO guide_version (id, tenant_id, "
                     + "guide_id, number, snapshot, published_at, published_by) VALUES (?, ?, ?, 1, ?, ?, 'library')")) {
            for (LibraryContent.LibraryGuide entry : LibraryContent.guides(GUIDES)) {
                GuideContent content = entry.content();
                for (String id : content.questionIds()) {
                    if (!candidates.containsKey(id)) {
                        throw new IllegalStateException("Guide " + entry.id() + " names unknown question " + id);
                    }
                }
                List<Violation> issues = GuideSnapshots.check(content, candidates, core);
                if (!issues.isEmpty()) {
                    throw new IllegalStateException("Guide " + entry.id() + " cannot be published: " + issues);
                }
                guide.setString(1, entry.id());
                guide.setString(2, LibraryContent.TENANT);
                guide.setString(3, content.key());
                guide.setString(4, content.role().name());
                guide.setString(5, LibraryContent.json(content));
                guide.setObject(6, at);
                guide.setObject(7, at);
                guide.addBatch();
                for (String id : new LinkedHashSet<>(content.questionIds())) {
                    uses.setString(1, entry.id());
                    uses.setString(2, id);
                    uses.addBatch();
                }
                version.setString(1, entry.id() + "@1");
                version.setString(2, LibraryContent.TENANT);
                version.setString(3, entry.id());
                version.setString(4, LibraryContent.json(GuideSnapshots.freeze(content, candidates, dimensions)));
                version.setObject(5, at);
                version.addBatch();
            }
            guide.executeBatch();
            uses.executeBatch();
            version.executeBatch();
        }
    }

    private static Map<String, GuideSnapshots.Candidate> candidates(Connection connection) throws Exception {
        Map<String, GuideSnapshots.Candidate> candidates = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT q.id, q.status, d.code, v.number, "
                + "v.content FROM question q JOIN dimension d ON d.id = q.dimension_id JOIN question_version v "
                + "ON v.question_id = q.id AND v.number = q.content_version WHERE q.tenant_id = ?")) {
            select.setString(1, LibraryContent.TENANT);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    candidates.put(rows.getString(1), new GuideSnapshots.Candidate(rows.getString(1), rows.getInt(4),
                            QuestionStatus.valueOf(rows.getString(2)), rows.getString(3),
                            LibraryContent.content(rows.getString(5))));
                }
            }
        }
        return candidates;
    }
}
