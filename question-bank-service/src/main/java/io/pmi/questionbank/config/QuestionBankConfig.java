package io.pmi.questionbank.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pmi.question-bank")
public interface QuestionBankConfig {

    /**
     * How many questions GET by id keeps in memory with their current content, keyed by id and revision
     * (about 4 KB each); 0 reads every question in full from the database.
     */
    @WithDefault("10000")
    int readCacheSize();

    /**
     * A page of a text search walks a tenant's questions in key order, confirming the phrase row by row, instead of
     * sorting every match, when the tenant has more than this many matches ...
     */
    @WithDefault("1000")
    int listWalkMinMatches();

    /** ... and the page ends within the first 1/this of them (so the walk reads few rows per match found). */
    @WithDefault("50")
    int listWalkShare();
}
