package io.pmi.questionbank.domain;

/** What a tenant says about one of its topics; {@code position} null means after the last topic. */
public record TopicContent(String code, String nameZhCn, String nameEn, String descriptionZhCn, String descriptionEn,
                           Integer position) {
}
