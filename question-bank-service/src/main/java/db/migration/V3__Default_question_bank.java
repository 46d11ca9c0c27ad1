package db.migration;

import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.domain.SearchText;
import io.pmi.questionbank.repository.LibraryContent;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Seeds the built-in library's default question bank from {@code library/questions.json}: every question ACTIVE at
 * version 1 with the same ids on every installation, with its measure, roles and search terms. A Java migration, so
 * that the bigram index is built by the same code as for questions created through the API. Times are UTC. Later
 * changes to the library come as new migrations, never as edits of this one or of its data file.
 */
public class V3__Default_question_bank extends BaseJavaMigration {

    static final String QUESTIONS = "library/questions.json";

    /** The data file's checksum, so that Flyway's validation notices an edit of released library content. */
    @Override
    public Integer getChecksum() {
        return LibraryContent.checksum(QUESTIONS);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<LibraryContent.LibraryQuestion> questions = LibraryContent.questions(QUESTIONS);
        var at = LibraryContent.RELEASED;
        try (PreparedStatement measure = connection.prepareStatement("INSERT INTO measure (id, tenant_id, "
                + "measure_key, dimension_id, topic_id, type, answer_spec) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement question = connection.prepareStatement("INSERT INTO question (id, tenant_id, "
                     + "question_key, dimension_id, topic_id, measure_key, type, status, content_version, search_text, "
                     + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 1, ?, ?, ?)");
             PreparedStatement version = connection.prepareStatement("INSERT INTO question_version (id, tenant_id, "
                     + "question_id, number, content, created_at, created_by) VALUES (?, ?, ?, 1, ?, ?, 'library')");
             PreparedStatement role = connection.prepareStatement(
                     "INSERT INTO question_role (question_id, role) VALUES (?, ?)");
             PreparedStatement term = connection.prepareStatement(
                     "INSERT INTO question_term (tenant_id, term, question_id) VALUES (?, ?, ?)")) {
            for (LibraryContent.LibraryQuestion entry : questions) {
                QuestionContent content = entry.content();
                String dimension = id(connection, "SELECT id FROM dimension WHERE tenant_id = ? AND code = ?",
                        content.dimension());
                String topic = id(connection, "SELECT id FROM topic WHERE tenant_id = ? AND code = ?",
                        content.topic());
                measure.setString(1, "m." + content.measure());
                measure.setString(2, LibraryContent.TENANT);
                measure.setString(3, content.measure());
                measure.setString(4, dimension);
                measure.setString(5, topic);
                measure.setString(6, content.type().name());
                measure.setString(7, LibraryContent.answerSpecJson(content));
                measure.addBatch();

                String searchText = SearchText.of(content);
                question.setString(1, entry.id());
                question.setString(2, LibraryContent.TENANT);
                question.setString(3, content.key());
                question.setString(4, dimension);
                question.setString(5, topic);
                question.setString(6, content.measure());
                question.setString(7, content.type().name());
                question.setString(8, searchText);
                question.setObject(9, at);
                question.setObject(10, at);
                question.addBatch();

                version.setString(1, entry.id() + "@1");
                version.setString(2, LibraryContent.TENANT);
                version.setString(3, entry.id());
                version.setString(4, LibraryContent.json(content));
                version.setObject(5, at);
                version.addBatch();

                for (var r : content.roles()) {
                    role.setString(1, entry.id());
                    role.setString(2, r.name());
                    role.addBatch();
                }
                for (String t : SearchText.bigrams(searchText)) {
                    term.setString(1, LibraryContent.TENANT);
                    term.setString(2, t);
                    term.setString(3, entry.id());
                    term.addBatch();
                }
            }
            measure.executeBatch();
            question.executeBatch();
            version.executeBatch();
            role.executeBatch();
            term.executeBatch();
        }
    }

    private static String id(Connection connection, String sql, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, LibraryContent.TENANT);
            select.setString(2, code);
            try (var rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("The library names an unknown code " + code);
                }
                return rows.getString(1);
            }
        }
    }
}
