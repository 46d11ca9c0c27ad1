package io.pmi.questionbank.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pmi.question-bank")
public interface QuestionBankConfig {

    /**
     * The memory GET by id may use for questions kept with their current content, keyed by id and revision, in
     * megabytes of approximate heap size; 0 reads every question in full from the database. A library question
     * takes about 6 KB, the largest question the API accepts about 600 KB: the default holds the whole library
     * many times over and stays a small part of the 768 MiB the Kubernetes manifests allow a pod.
     */
    @WithDefault("32")
    int readCacheMaxMb();
}
