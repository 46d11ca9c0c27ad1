package io.pmi.interview.rest.api;

/** The bounds of what clients send, documented in the contract. */
public final class Limits {

    /** Rows per batch; more is a 400 (and a body over {@link #BATCH_BODY} a 413). */
    public static final int BATCH_ITEMS = 1000;

    /** Documented with the batch operations; configured as quarkus.http.limits.max-body-size. */
    public static final String BATCH_BODY = "4 MB";

    /** Bounds of a target or actual value: what DECIMAL(19,4) holds once rounded to 4 decimal places. */
    public static final String MIN_FIGURE = "-999999999999999";
    public static final String MAX_FIGURE = "999999999999999";

    /** HRIS ids: letters, digits and . _ ~ : @ + -, up to 128 characters. */
    public static final String EXTERNAL_ID = "[A-Za-z0-9][A-Za-z0-9._~:@+-]{0,127}";

    /** A text without whitespace at either end: compared byte for byte as a key, where 'x' and 'x ' would clash. */
    public static final String TRIMMED = "\\S(.*\\S)?";

    /** An address with a domain that has a dot; Bean Validation's own check alone accepts "a@b". */
    public static final String EMAIL = ".+@[^@]+\\.[^@.]+";

    private Limits() {
    }
}
