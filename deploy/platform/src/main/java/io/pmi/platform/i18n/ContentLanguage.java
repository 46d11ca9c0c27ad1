package io.pmi.platform.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages content is served in: zh-CN first, en second. Negotiated from {@code Accept-Language} by primary
 * language ({@code en-GB} gets en, {@code zh-TW} and {@code zh} get zh-CN); anything else falls back to zh-CN,
 * which the response says in {@code Content-Language}.
 */
public enum ContentLanguage {
    ZH_CN("zh-CN"),
    EN("en");

    public static final ContentLanguage DEFAULT = ZH_CN;
    private final String tag;

    ContentLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static ContentLanguage negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            if (primary.equals("*") || primary.equals("zh")) {
                return ZH_CN;
            }
            if (primary.equals("en")) {
                return EN;
            }
        }
        return DEFAULT;
    }

    /** Picks this language's text, falling back to the other one when it is missing. */
    public String pick(String zhCn, String en) {
        String preferred = this == EN ? en : zhCn;
        return preferred != null && !preferred.isBlank() ? preferred : (this == EN ? zhCn : en);
    }
}
