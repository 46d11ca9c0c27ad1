package io.pmi.interview.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A performance period as HRIS systems name them: a year ({@code 2026}), a half ({@code 2026-H1}), a quarter
 * ({@code 2026-Q3}) or a month ({@code 2026-07}). Periods are ordered by their first day; of two periods starting
 * on the same day the longer comes first (the year before its first half, quarter and month).
 *
 * @param text  the period as written, which is also its canonical form
 * @param start its first day
 * @param end   its last day
 */
public record Period(String text, LocalDate start, LocalDate end) implements Comparable<Period> {

    /** The accepted forms; years from 1000 to 9999. */
    public static final String PATTERN = "[1-9][0-9]{3}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?";

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{3})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?");

    private static final Comparator<Period> ORDER = Comparator.comparing(Period::start)
            .thenComparing(Period::end, Comparator.reverseOrder());

    /** The period {@code text} names, or empty when it is not one of the accepted forms. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        YearMonth first;
        int months;
        if (m.group(2) != null) {
            first = YearMonth.of(year, Integer.parseInt(m.group(2)) * 6 - 5);
            months = 6;
        } else if (m.group(3) != null) {
            first = YearMonth.of(year, Integer.parseInt(m.group(3)) * 3 - 2);
            months = 3;
        } else if (m.group(4) != null) {
            first = YearMonth.of(year, Integer.parseInt(m.group(4)));
            months = 1;
        } else {
            first = YearMonth.of(year, 1);
            months = 12;
        }
        return Optional.of(new Period(text, first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth()));
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }
}
