package db.migration;

import io.pmi.questionbank.domain.SearchText;
import io.pmi.questionbank.repository.LibraryContent;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The question search also looks in option labels and the intent note: rebuilds every question's search text and
 * bigram rows from its current content with {@link SearchText}, the code the API uses, in every tenant. Statements
 * go in batches of {@value #BATCH} questions, read in id order.
 */
public class V8__Search_option_labels_and_intent extends BaseJavaMigration {

    private static final int BATCH = 200;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT q.id, q.tenant_id, v.content "
                + "FROM question q JOIN question_version v ON v.question_id = q.id AND v.number = q.content_version "
                + "WHERE q.id > ? ORDER BY q.id LIMIT " + BATCH);
             PreparedStatement text = connection.prepareStatement("UPDATE question SET search_text = ? WHERE id = ?");
             PreparedStatement clear = connection.prepareStatement("DELETE FROM question_term WHERE question_id = ?");
             PreparedStatement term = connection.prepareStatement(
                     "INSERT INTO question_term (tenant_id, term, question_id) VALUES (?, ?, ?)")) {
            String after = "";
            boolean more = true;
            while (more) {
                more = false;
                select.setString(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        more = true;
                        after = rows.getString(1);
                        String searchText = SearchText.of(LibraryContent.content(rows.getString(3)));
                        text.setString(1, searchText);
                        text.setString(2, after);
                        text.addBatch();
                        clear.setString(1, after);
                        clear.addBatch();
                        for (String t : SearchText.bigrams(searchText)) {
                            term.setString(1, rows.getString(2));
                            term.setString(2, t);
                            term.setString(3, after);
                            term.addBatch();
                        }
                    }
                }
                text.executeBatch();
                clear.executeBatch();
                term.executeBatch();
            }
        }
    }
}
