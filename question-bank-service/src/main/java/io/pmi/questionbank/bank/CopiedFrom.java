package io.pmi.questionbank.bank;

import java.util.Map;

/** A question's {@code copiedFrom}: {@code id@version} when stored, {@code key@version} in a file. */
final class CopiedFrom {

    private CopiedFrom() {
    }

    /** The id (or key) without the version. */
    static String id(String copiedFrom) {
        if (copiedFrom == null) {
            return null;
        }
        int at = copiedFrom.lastIndexOf('@');
        return at < 0 ? copiedFrom : copiedFrom.substring(0, at);
    }

    /** The same reference with its id (or key) replaced through {@code names}; null when it names nothing known. */
    static String withKey(String copiedFrom, Map<String, String> names) {
        if (copiedFrom == null) {
            return null;
        }
        String name = names.get(id(copiedFrom));
        return name == null ? null : name + copiedFrom.substring(id(copiedFrom).length());
    }
}
