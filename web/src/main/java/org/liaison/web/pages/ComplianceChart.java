package org.liaison.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of compliance percentages, laid out here and drawn as SVG by the page (no script, nothing
 * inline that the Content-Security-Policy forbids). One bar a group, 0–100 %; a group with nothing due yet has no
 * bar and says so. The page puts the same figures in a table beside it, for those who cannot see the chart.
 */
public record ComplianceChart(String id, String title, List<Bar> bars, int width, int height) {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 230;
    static final int BAR_AREA = 380;
    static final int ROW = 34;
    static final int TOP = 28;

    /** A group's bar: where it is drawn and what it says. {@code length} is 0 when nothing was due. */
    public record Bar(String label, String value, int y, int length, boolean measured) {
        public int textY() {
            return y + 17;
        }

        public int valueX() {
            return LABEL_WIDTH + length + 8;
        }
    }

    /** A gridline at {@code percent}. */
    public record Tick(int x, String label) {
    }

    /** The groups in the order given, each with its compliance percentage (null: nothing due yet). */
    public static ComplianceChart of(String id, String title, List<String> labels, List<Double> percents) {
        if (labels.size() != percents.size()) {
            throw new IllegalArgumentException("one percentage a label");
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Double percent = percents.get(i);
            boolean measured = percent != null;
            double clamped = measured ? Math.max(0, Math.min(100, percent)) : 0;
            bars.add(new Bar(labels.get(i), measured ? percent(percent) : "nothing due yet", TOP + i * ROW,
                    (int) Math.round(clamped / 100 * BAR_AREA), measured));
        }
        return new ComplianceChart(id, title, bars, WIDTH, TOP + Math.max(1, bars.size()) * ROW + 8);
    }

    public List<Tick> ticks() {
        return List.of(0, 25, 50, 75, 100).stream().map(p -> new Tick(LABEL_WIDTH + p * BAR_AREA / 100, p + "%")).toList();
    }

    public int labelX() {
        return LABEL_WIDTH - 10;
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return ROW - 10;
    }

    public int axisBottom() {
        return height - 8;
    }

    /** "93.8%", "100%". */
    static String percent(double value) {
        return value == Math.rint(value) ? String.format(Locale.UK, "%.0f%%", value) : String.format(Locale.UK, "%.1f%%", value);
    }
}
