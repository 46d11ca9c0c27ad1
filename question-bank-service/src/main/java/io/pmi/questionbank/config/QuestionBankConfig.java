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
}
