package io.pmi.report.mapping;

import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.rest.api.ReportView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The geometry of the page's bar chart, so the template only draws: one group per dimension, one bar per source
 * role, the bar being the mean of that role's means over the dimension's scale measures. The axis is the scale
 * most of the report's scale measures use; a mean on another scale is placed linearly on it (and so labelled
 * with its value on the axis). A bar of a group
 * below k (the HR audience shows those) is marked, as the page's tables mark it.
 *
 * @param width  of the viewBox
 * @param height of the viewBox
 */
public record ReportChart(int width, int height, int plotLeft, int plotRight, List<Tick> ticks, List<Group> groups,
                          List<LegendItem> legend) {

    static final int PLOT_TOP = 16;
    static final int PLOT_HEIGHT = 200;
    static final int PLOT_LEFT = 40;
    static final int BAR_WIDTH = 28;
    static final int GROUP_GAP = 36;
    static final int LEGEND_ROW = 22;

    /** Colours of the roles, told apart in grey print too by their lightness. */
    private static final Map<SourceRole, String> FILLS = new EnumMap<>(Map.of(
            SourceRole.SELF, "#1f4e79", SourceRole.SUPERVISOR, "#e07b00", SourceRole.PEER, "#5fa55a",
            SourceRole.SUBORDINATE, "#b9a0d6", SourceRole.UNKNOWN, "#8c8c8c"));

    /** A horizontal grid line with its value. */
    public record Tick(int value, String y) {
    }

    /** A dimension's bars; {@code labelX} is the middle of the group. */
    public record Group(String dimension, String name, String labelX, List<Bar> bars) {
    }

    /** {@code centre} is where the value is written, above the bar. */
    public record Bar(SourceRole role, String x, String centre, String y, int width, String height, String value,
                      String valueY, String fill, boolean belowThreshold) {
    }

    public record LegendItem(SourceRole role, String fill, int x, int y) {

        public int textX() {
            return x + 18;
        }

        public int textY() {
            return y + 11;
        }
    }

    public static ReportChart of(ReportView report) {
        ReportView.Scale axis = commonScale(report);
        List<SourceRole> roles = new ArrayList<>();
        List<Map<SourceRole, Cell>> cells = new ArrayList<>();
        for (ReportView.Dimension dimension : report.dimensions()) {
            Map<SourceRole, Cell> byRole = new EnumMap<>(SourceRole.class);
            for (ReportView.Topic topic : dimension.topics()) {
                for (ReportView.Measure measure : topic.measures()) {
                    if (measure.type() != QuestionType.SCALE || measure.scale() == null) {
                        continue;
                    }
                    for (ReportView.Source source : measure.sources()) {
                        if (source.mean() != null) {
                            byRole.computeIfAbsent(source.role(), r -> new Cell())
                                    .add(onAxis(source.mean(), measure.scale(), axis), source.belowThreshold());
                        }
                    }
                }
            }
            byRole.keySet().stream().filter(role -> !roles.contains(role)).forEach(roles::add);
            cells.add(byRole);
        }
        roles.sort(null);
        int groupWidth = Math.max(roles.size(), 1) * BAR_WIDTH + GROUP_GAP;
        int plotRight = PLOT_LEFT + Math.max(report.dimensions().size(), 1) * groupWidth;
        double range = axis.max() - axis.min();
        List<Group> groups = new ArrayList<>();
        for (int d = 0; d < report.dimensions().size(); d++) {
            ReportView.Dimension dimension = report.dimensions().get(d);
            int left = PLOT_LEFT + d * groupWidth + GROUP_GAP / 2;
            List<Bar> bars = new ArrayList<>();
            for (int r = 0; r < roles.size(); r++) {
                Cell cell = cells.get(d).get(roles.get(r));
                if (cell == null) {
                    continue;
                }
                BigDecimal value = cell.mean();
                double height = (value.doubleValue() - axis.min()) / range * PLOT_HEIGHT;
                double top = PLOT_TOP + PLOT_HEIGHT - height;
                int x = left + r * BAR_WIDTH;
                bars.add(new Bar(roles.get(r), Integer.toString(x), Integer.toString(x + (BAR_WIDTH - 4) / 2),
                        decimal(top), BAR_WIDTH - 4, decimal(height), value.toPlainString(), decimal(top - 4),
                        FILLS.get(roles.get(r)), cell.belowThreshold));
            }
            groups.add(new Group(dimension.dimension(), dimension.name(),
                    Integer.toString(left + (groupWidth - GROUP_GAP) / 2), bars));
        }
        List<Tick> ticks = new ArrayList<>();
        int step = Math.max(1, (axis.max() - axis.min()) / 5);
        for (int value = axis.min(); value <= axis.max(); value += step) {
            ticks.add(new Tick(value, decimal(PLOT_TOP + PLOT_HEIGHT - (value - axis.min()) / range * PLOT_HEIGHT)));
        }
        int legendTop = PLOT_TOP + PLOT_HEIGHT + 44;
        List<LegendItem> legend = new ArrayList<>();
        for (int r = 0; r < roles.size(); r++) {
            legend.add(new LegendItem(roles.get(r), FILLS.get(roles.get(r)), PLOT_LEFT + r * 120, legendTop));
        }
        int width = Math.max(plotRight + 16, PLOT_LEFT + roles.size() * 120);
        return new ReportChart(width, legendTop + LEGEND_ROW, PLOT_LEFT, plotRight, ticks, groups, legend);
    }

    /** The y of the axis line (the scale's minimum). */
    public int baseline() {
        return PLOT_TOP + PLOT_HEIGHT;
    }

    /** The x of the tick values, right-aligned left of the plot. */
    public int tickLabelX() {
        return PLOT_LEFT - 6;
    }

    /** The y of the note in a group without bars. */
    public int emptyY() {
        return PLOT_TOP + PLOT_HEIGHT - 8;
    }

    /** The y of the dimension names. */
    public int labelY() {
        return PLOT_TOP + PLOT_HEIGHT + 20;
    }

    public boolean hasBars() {
        return groups.stream().anyMatch(group -> !group.bars().isEmpty());
    }

    public boolean anyBelowThreshold() {
        return groups.stream().flatMap(group -> group.bars().stream()).anyMatch(Bar::belowThreshold);
    }

    /** The scale most scale measures use (the first such on a tie); 1–5 when there is none. */
    private static ReportView.Scale commonScale(ReportView report) {
        Map<ReportView.Scale, Long> counts = report.dimensions().stream()
                .flatMap(d -> d.topics().stream()).flatMap(t -> t.measures().stream())
                .filter(m -> m.type() == QuestionType.SCALE && m.scale() != null && m.scale().max() > m.scale().min())
                .collect(Collectors.groupingBy(ReportView.Measure::scale, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(new ReportView.Scale(1, 5));
    }

    private static BigDecimal onAxis(BigDecimal mean, ReportView.Scale scale, ReportView.Scale axis) {
        if (scale.equals(axis) || scale.max() == scale.min()) {
            return mean;
        }
        BigDecimal position = mean.subtract(BigDecimal.valueOf(scale.min()))
                .divide(BigDecimal.valueOf(scale.max() - scale.min()), 10, RoundingMode.HALF_EVEN);
        return BigDecimal.valueOf(axis.min()).add(position.multiply(BigDecimal.valueOf(axis.max() - axis.min())));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The means of one role in one dimension. */
    private static final class Cell {
        private final List<BigDecimal> means = new ArrayList<>();
        private boolean belowThreshold;

        void add(BigDecimal mean, boolean below) {
            means.add(mean);
            belowThreshold |= below;
        }

        BigDecimal mean() {
            return means.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(means.size()), 2, RoundingMode.HALF_EVEN);
        }
    }
}
