package io.pmi.report.domain;

import java.util.Locale;

/**
 * The interviewee's relation to the subject (信息来源). {@link #UNKNOWN} stands for a value this service does not
 * know yet (interview-service may add roles): interviews with it are left out of the analysis.
 */
public enum SourceRole {
    SELF,
    SUPERVISOR,
    PEER,
    SUBORDINATE,
    UNKNOWN;

    /** The role a wire value names; null, blank and unrecognised values are {@link #UNKNOWN}. */
    public static SourceRole parse(String value) {
        return Wire.parse(SourceRole.class, value, UNKNOWN);
    }

    /** SELF and SUPERVISOR are groups of one by nature; PEER and SUBORDINATE answers are shown as groups of k. */
    public boolean needsAnonymity() {
        return this == PEER || this == SUBORDINATE;
    }

    /** The role as a noun in the report's texts. */
    public String label(String language) {
        boolean zh = language.toLowerCase(Locale.ROOT).startsWith("zh");
        return switch (this) {
            case SELF -> zh ? "本人" : "the employee";
            case SUPERVISOR -> zh ? "上级" : "the supervisor";
            case PEER -> zh ? "同事" : "peers";
            case SUBORDINATE -> zh ? "下属" : "subordinates";
            case UNKNOWN -> zh ? "其他来源" : "other sources";
        };
    }
}
