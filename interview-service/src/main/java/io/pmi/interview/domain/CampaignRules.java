package io.pmi.interview.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A campaign's rules on its own: the limits of every field, one guide per source role, the defaults; and, given
 * what the question bank says about a guide, whether the campaign may name it. The limits are the contract's too
 * (the request's schema names these constants), and every violation is reported at once, with its JSON path.
 */
public final class CampaignRules {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int DEPARTMENTS_MAX = 100;
    public static final int DEPARTMENT_MAX = 100;
    /** One guide per source role (a constant for the contract; a test holds it to the number of roles). */
    public static final int GUIDES_MAX = 4;
    /** A question-bank id: opaque, but one safe path segment (no slash, never {@code ..}). */
    public static final String GUIDE_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,109}$";
    public static final int VERSION_MAX = 1_000_000;
    public static final List<String> LOCALES = List.of("zh-CN", "en");
    public static final String DEFAULT_LOCALE = "zh-CN";
    public static final int ANONYMITY_MIN = 2;
    public static final int ANONYMITY_MAX = 50;
    public static final int DEFAULT_ANONYMITY = 3;
    public static final double DEFAULT_COMPLETENESS = 0.8;
    /** Gaps are at most this many scale points (scales of the bank are at most 0 to 10). */
    public static final double GAP_MAX = 10;

    private static final Pattern GUIDE_ID = Pattern.compile(GUIDE_ID_PATTERN);

    private CampaignRules() {
    }

    /** Every violation of the settings as the client wrote them. */
    public static List<Violation> check(CampaignSettings settings) {
        List<Violation> violations = new ArrayList<>();
        text(settings.name(), "name", NAME_MAX, true, violations);
        text(settings.description(), "description", DESCRIPTION_MAX, false, violations);
        departments(settings.departments(), violations);
        if (isBlank(settings.period())) {
            violations.add(new Violation("period", "required", "must not be blank"));
        } else if (!CampaignPeriod.isValid(settings.period())) {
            violations.add(new Violation("period", "pattern", "must be a year (2026), a half (2026-H1), a quarter "
                    + "(2026-Q3) or a month (2026-07)"));
        }
        if (settings.locale() != null && !LOCALES.contains(settings.locale())) {
            violations.add(new Violation("locale", "invalid-value", "must be one of " + LOCALES));
        }
        guides(settings.guides(), violations);
        Integer k = settings.anonymityThreshold();
        if (k != null && (k < ANONYMITY_MIN || k > ANONYMITY_MAX)) {
            violations.add(new Violation("anonymityThreshold", "range", "must be between " + ANONYMITY_MIN
                    + " and " + ANONYMITY_MAX));
        }
        Double completeness = settings.completenessThreshold();
        if (completeness != null && (completeness < 0 || completeness > 1)) {
            violations.add(new Violation("completenessThreshold", "range", "must be between 0 and 1"));
        }
        Double gap = settings.gapThreshold();
        if (gap != null && (gap <= 0 || gap > GAP_MAX)) {
            violations.add(new Violation("gapThreshold", "range", "must be greater than 0 and at most " + GAP_MAX
                    + " (leave it out for a third of each scale's range)"));
        }
        return violations;
    }

    /** Valid settings with what was left out filled in; the gap threshold stays null (a third of each scale). */
    public static CampaignSettings withDefaults(CampaignSettings settings) {
        return new CampaignSettings(settings.name(), settings.description(),
                settings.departments() == null ? List.of() : List.copyOf(settings.departments()),
                settings.period(),
                settings.locale() == null ? DEFAULT_LOCALE : settings.locale(),
                settings.guides() == null ? List.of() : List.copyOf(settings.guides()),
                settings.anonymityThreshold() == null ? DEFAULT_ANONYMITY : settings.anonymityThreshold(),
                settings.completenessThreshold() == null ? DEFAULT_COMPLETENESS : settings.completenessThreshold(),
                settings.gapThreshold());
    }

    /**
     * Whether the campaign may name this guide for the choice's role: the guide exists for the caller, is written
     * for that role, and has the version named, or, with no version named, at least one published version.
     *
     * @param index the choice's position in {@code guides}, for the paths
     * @param found the guide as the question bank describes it, empty when the bank knows no such guide
     */
    public static List<Violation> checkGuide(int index, GuideChoice choice, Optional<KnownGuide> found) {
        String at = "guides[" + index + "].";
        if (found.isEmpty()) {
            return List.of(new Violation(at + "guideId", "unknown", "No guide has id '" + choice.guideId() + "'."));
        }
        KnownGuide guide = found.get();
        List<Violation> violations = new ArrayList<>();
        if (!choice.role().name().equals(guide.role())) {
            violations.add(new Violation(at + "role", "mismatch", "Guide '" + choice.guideId() + "' is written for "
                    + guide.role() + " interviews, not " + choice.role() + "."));
        }
        Integer latest = guide.publishedVersion();
        if (choice.version() != null && (latest == null || choice.version() > latest)) {
            violations.add(new Violation(at + "version", "unknown", "Guide '" + choice.guideId() + "' has no "
                    + "published version " + choice.version() + (latest == null ? "; it was never published."
                    : "; the latest is " + latest + ".")));
        } else if (choice.version() == null && latest == null) {
            violations.add(new Violation(at + "guideId", "not-published", "Guide '" + choice.guideId() + "' has "
                    + "never been published: publish it first, interviews are planned from a published version."));
        }
        return violations;
    }

    private static void departments(List<String> departments, List<Violation> violations) {
        if (departments == null) {
            return;
        }
        if (departments.size() > DEPARTMENTS_MAX) {
            violations.add(new Violation("departments", "size", "at most " + DEPARTMENTS_MAX + " departments"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < departments.size(); i++) {
            String department = departments.get(i);
            String path = "departments[" + i + "]";
            if (text(department, path, DEPARTMENT_MAX, true, violations) && !seen.add(department)) {
                violations.add(new Violation(path, "duplicate", "'" + department + "' is listed already."));
            }
        }
    }

    private static void guides(List<GuideChoice> guides, List<Violation> violations) {
        if (guides == null) {
            return;
        }
        if (guides.size() > GUIDES_MAX) {
            violations.add(new Violation("guides", "size", "at most one guide per source role (" + GUIDES_MAX
                    + ")"));
            return;
        }
        Set<SourceRole> roles = EnumSet.noneOf(SourceRole.class);
        for (int i = 0; i < guides.size(); i++) {
            GuideChoice guide = guides.get(i);
            String path = "guides[" + i + "]";
            if (guide == null) {
                violations.add(new Violation(path, "required", "must not be null"));
                continue;
            }
            if (guide.role() == null) {
                violations.add(new Violation(path + ".role", "required", "must not be null"));
            } else if (!roles.add(guide.role())) {
                violations.add(new Violation(path + ".role", "duplicate", "The campaign has a " + guide.role()
                        + " guide already: one guide per role."));
            }
            if (isBlank(guide.guideId())) {
                violations.add(new Violation(path + ".guideId", "required", "must not be blank"));
            } else if (!GUIDE_ID.matcher(guide.guideId()).matches()) {
                violations.add(new Violation(path + ".guideId", "pattern", "must match " + GUIDE_ID_PATTERN));
            }
            if (guide.version() != null && (guide.version() < 1 || guide.version() > VERSION_MAX)) {
                violations.add(new Violation(path + ".version", "range", "must be between 1 and " + VERSION_MAX));
            }
        }
    }

    /** Checks a text and says whether it is present and within its length. */
    private static boolean text(String value, String path, int max, boolean required, List<Violation> violations) {
        if (value == null || (required && value.isBlank())) {
            if (required) {
                violations.add(new Violation(path, "required", "must not be blank"));
            }
            return false;
        }
        if (value.length() > max) {
            violations.add(new Violation(path, "size", "at most " + max + " characters"));
            return false;
        }
        return true;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
