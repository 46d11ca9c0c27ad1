package io.pmi.platform.i18n;

/**
 * Editable bilingual text, sent and stored as a map by locale (DESIGN.md section 4): {@code zh-CN} is required,
 * {@code en} optional, any other key is an unknown field (400).
 */
public interface LocalizedText {

    String zhCn();

    String en();

    default String in(ContentLanguage language) {
        return language.pick(zhCn(), en());
    }
}
