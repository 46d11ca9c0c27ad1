package io.pmi.interview.domain;

import java.util.regex.Pattern;

/**
 * The period a campaign looks at, written like a performance record's: a year ({@code 2026}), a half
 * ({@code 2026-H1}), a quarter ({@code 2026-Q3}) or a month ({@code 2026-07}). Deliberately just the format, kept
 * tiny until one period type serves campaigns and performance records alike.
 */
public final class CampaignPeriod {

    /** The format as a regular expression, for the contract and the list filter. */
    public static final String PATTERN = "^[12][0-9]{3}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private CampaignPeriod() {
    }

    public static boolean isValid(String period) {
        return period != null && COMPILED.matcher(period).matches();
    }
}
