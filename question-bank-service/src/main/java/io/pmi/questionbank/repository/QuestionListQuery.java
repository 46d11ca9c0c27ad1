package io.pmi.questionbank.repository;

import io.pmi.questionbank.domain.QuestionStatus;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.SourceRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The question list and text search, in native SQL. Native SQL bypasses the Hibernate tenant filter
 * ({@code TenantOwned}), so every statement here writes the tenant condition itself, from the readable tenants the
 * caller passes in {@link Filter}; the questions of the page are then loaded through Hibernate, filtered as usual.
 */
@ApplicationScoped
public class QuestionListQuery {

    /** How many of a text query's bigrams the candidate search joins; the LIKE on the search text checks the rest. */
    private static final int MAX_JOINED_TERMS = 6;
    /**
     * The role filter, two ways. The count reads every match, so it reads the tenant's rows of the role from the
     * index {@code (tenant_id, role, question_id)}; the page wants the first rows in key order, so it walks the
     * questions in key order and probes each by the primary key {@code (question_id, role)}, stopping early.
     */
    private static final String ROLE = " {role}";
    private static final String ROLE_FOR_COUNT = " and exists (select 1 from question_role r where r.tenant_id = "
            + "q.tenant_id and r.role = ? and r.question_id = q.id)";
    private static final String ROLE_FOR_PAGE = " and exists (select 1 from question_role r where r.question_id = q.id"
            + " and r.role = ?)";

    private final EntityManager em;
    private final QuestionRepository questions;

    public QuestionListQuery(EntityManager em, QuestionRepository questions) {
        this.em = em;
        this.questions = questions;
    }

    /**
     * The filters of the question list. Null means "any".
     *
     * @param tenant    only this tenant's questions (the source filter), or null for every readable tenant
     * @param terms     the bigrams the text must contain; {@code singleChar} when the query is one character
     * @param phrase    the folded query, confirmed against the search text
     */
    public record Filter(String dimension, String topic, String measure, QuestionType type, SourceRole role,
                         QuestionStatus status, String tenant, List<String> readableTenants, Set<String> terms,
                         boolean singleChar, String phrase) {
    }

    public record Page(List<Question> items, long total) {
    }

    /**
     * One page of questions in key order (id as tie-breaker), with the total alongside; index-backed at any size of
     * bank: the count reads only the index entries of the rows that match, and the page walks each readable tenant's
     * questions in key order (from the index of the filter column, or of the key), stops after
     * {@code (page + 1) * size} rows, then merges the two tenants' rows. A text query drives from its rarest bigram
     * (the optimizer estimates each term's rows from the index) and checks the others by primary key. Native SQL:
     * HQL cannot express the per-tenant limits, and Hibernate would translate it again on every call while the
     * tenant filter is on.
     */
    public Page list(Filter filter, int page, int size) {
        List<String> tenants = filter.tenant() != null ? List.of(filter.tenant()) : filter.readableTenants();
        List<Object> params = new ArrayList<>();
        Optional<String> conditions = conditions(filter, tenants, params);
        if (conditions.isEmpty()) {
            return new Page(List.of(), 0);
        }
        List<Object> countParams = new ArrayList<>(tenants);
        countParams.addAll(params);
        // A text query is counted from its candidates, each question read by primary key: with a broad second
        // filter (a dimension) the optimizer otherwise prefers scanning every question of the tenant.
        String table = filter.terms() == null ? "question q" : "question q force index (primary)";
        long total = ((Number) nativeQuery("select count(*) from " + table + " where q.tenant_id in ("
                + Sql.placeholders(tenants.size()) + ")" + conditions.get().replace(ROLE, ROLE_FOR_COUNT), countParams)
                .getSingleResult()).longValue();
        if (total == 0 || (long) page * size >= total) {
            return new Page(List.of(), total);
        }
        int end = (page + 1) * size;
        List<String> branches = new ArrayList<>();
        List<Object> pageParams = new ArrayList<>();
        for (String tenant : tenants) {
            branches.add("(select q.id, q.question_key from question q where q.tenant_id = ?"
                    + conditions.get().replace(ROLE, ROLE_FOR_PAGE)
                    + " order by q.question_key limit " + end + ")");
            pageParams.add(tenant);
            pageParams.addAll(params);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nativeQuery("select id, question_key from (" + String.join(" union all ", branches)
                + ") page order by question_key, id limit " + size + " offset " + (page * size), pageParams)
                .getResultList();
        List<String> ids = rows.stream().map(row -> (String) row[0]).toList();
        Map<String, Question> byId = new HashMap<>();
        questions.findAllWithTaxonomy(ids).forEach(question -> byId.put(question.id, question));
        return new Page(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), total);
    }

    /**
     * The filter as SQL conditions on {@code question q}, each starting with " and ", the role's as {@link #ROLE} (the
     * caller puts in the count's or the page's form, which take the same parameter), their parameters added to
     * {@code params}; empty when a named dimension or topic does not exist for the caller, so nothing can match.
     */
    private Optional<String> conditions(Filter filter, List<String> tenants, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        for (String[] taxonomy : new String[][] {{"dimension", filter.dimension()}, {"topic", filter.topic()}}) {
            if (taxonomy[1] == null) {
                continue;
            }
            List<Object> lookup = new ArrayList<>(List.of(taxonomy[1]));
            lookup.addAll(filter.readableTenants());
            List<?> ids = nativeQuery("select id from " + taxonomy[0] + " where code = ? and tenant_id in ("
                    + Sql.placeholders(filter.readableTenants().size()) + ")", lookup).getResultList();
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            sql.append(" and q.").append(taxonomy[0]).append("_id in (").append(Sql.placeholders(ids.size())).append(")");
            params.addAll(ids);
        }
        if (filter.measure() != null) {
            sql.append(" and q.measure_key = ?");
            params.add(filter.measure());
        }
        if (filter.type() != null) {
            sql.append(" and q.type = ?");
            params.add(filter.type().name());
        }
        if (filter.status() != null) {
            sql.append(" and q.status = ?");
            params.add(filter.status().name());
        }
        if (filter.role() != null) {
            sql.append(ROLE);
            params.add(filter.role().name());
        }
        if (filter.terms() != null) {
            if (filter.singleChar()) {
                sql.append(" and q.id in (select t1.question_id from question_term t1 where t1.tenant_id in (")
                        .append(Sql.placeholders(tenants.size())).append(") and t1.term like ?)");
                params.addAll(tenants);
                params.add(filter.terms().iterator().next() + "%");
            } else {
                List<String> terms = searchTerms(filter.terms());
                sql.append(" and q.id in (select t1.question_id from question_term t1");
                for (int i = 2; i <= terms.size(); i++) {
                    sql.append(" join question_term t").append(i).append(" on t").append(i)
                            .append(".tenant_id = t1.tenant_id and t").append(i).append(".term = ? and t").append(i)
                            .append(".question_id = t1.question_id");
                }
                sql.append(" where t1.tenant_id in (").append(Sql.placeholders(tenants.size())).append(") and t1.term = ?)");
                params.addAll(terms.subList(1, terms.size()));
                params.addAll(tenants);
                params.add(terms.get(0));
            }
            sql.append(" and q.search_text like ? escape '!'");
            params.add("%" + filter.phrase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return Optional.of(sql.toString());
    }

    /**
     * At most {@value #MAX_JOINED_TERMS} of a query's bigrams, spread over it: enough to narrow the candidates to
     * about the matches, while the LIKE on the search text checks the whole phrase.
     */
    static List<String> searchTerms(Set<String> terms) {
        List<String> all = new ArrayList<>(terms);
        if (all.size() <= MAX_JOINED_TERMS) {
            return all;
        }
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < MAX_JOINED_TERMS; i++) {
            spread.add(all.get(i * (all.size() - 1) / (MAX_JOINED_TERMS - 1)));
        }
        return spread;
    }

    private Query nativeQuery(String sql, List<Object> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
