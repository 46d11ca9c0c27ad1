package io.pmi.questionbank.domain;

/** DRAFT until first published; PUBLISHED once a version exists (its working copy may still be edited). */
public enum GuideStatus {
    DRAFT,
    PUBLISHED
}
