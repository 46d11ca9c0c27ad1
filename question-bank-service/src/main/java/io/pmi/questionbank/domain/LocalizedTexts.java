package io.pmi.questionbank.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stored bilingual text: a map by locale with zh-CN always present and en when given. */
public final class LocalizedTexts {

    public static final String ZH_CN = "zh-CN";
    public static final String EN = "en";

    private LocalizedTexts() {
    }

    public static Map<String, String> of(String zhCn, String en) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(ZH_CN, zhCn);
        if (en != null && !en.isBlank()) {
            map.put(EN, en);
        }
        return map;
    }
}
