package io.pmi.report.domain.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HRIS period forms: {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}, {@code 2026-07}. */
final class Periods {

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{3})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?");

    private Periods() {
    }

    /** The period's first day, or null when the text is not a period. */
    static LocalDate start(String text) {
        YearMonth first = first(text);
        return first == null ? null : first.atDay(1);
    }

    /** The period's last day, or null when the text is not a period. */
    static LocalDate end(String text) {
        YearMonth first = first(text);
        return first == null ? null : first.plusMonths(months(text) - 1L).atEndOfMonth();
    }

    private static YearMonth first(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return YearMonth.of(year, Integer.parseInt(m.group(2)) * 6 - 5);
        }
        if (m.group(3) != null) {
            return YearMonth.of(year, Integer.parseInt(m.group(3)) * 3 - 2);
        }
        return YearMonth.of(year, m.group(4) != null ? Integer.parseInt(m.group(4)) : 1);
    }

    private static int months(String text) {
        String t = text.strip();
        if (t.length() == 4) {
            return 12;
        }
        char c = t.charAt(5);
        return c == 'H' ? 6 : c == 'Q' ? 3 : 1;
    }
}
