package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** ENQ-12's chart: one bar a group, its length the compliance percentage of the bar area, nothing for nothing due. */
class ComplianceChartTest {

    @Tag("ENQ-12")
    @Test
    void bars_are_as_long_as_their_percentage_and_a_group_with_nothing_due_has_none() {
        ComplianceChart chart = ComplianceChart.of("c", "Compliance", List.of("Housing", "Planning", "Waste"),
                Arrays.asList(100.0, 62.5, null));
        List<ComplianceChart.Bar> bars = chart.bars();
        assertEquals(ComplianceChart.BAR_AREA, bars.get(0).length());
        assertEquals(Math.round(0.625 * ComplianceChart.BAR_AREA), bars.get(1).length());
        assertEquals(0, bars.get(2).length());
        assertFalse(bars.get(2).measured());
        assertEquals(List.of("100%", "62.5%", "nothing due yet"), bars.stream().map(ComplianceChart.Bar::value).toList());
        // one row each, top to bottom in the order given, and the chart tall enough for all of them
        assertTrue(bars.get(0).y() < bars.get(1).y() && bars.get(1).y() < bars.get(2).y());
        assertTrue(chart.height() > bars.get(2).y() + chart.barHeight());
        assertEquals(List.of("0%", "25%", "50%", "75%", "100%"), chart.ticks().stream().map(ComplianceChart.Tick::label).toList());
    }

    @Test
    void a_figure_outside_0_to_100_is_drawn_at_the_edge_and_labels_must_match_figures() {
        ComplianceChart chart = ComplianceChart.of("c", "t", List.of("a", "b"), List.of(-5.0, 140.0));
        assertEquals(0, chart.bars().get(0).length());
        assertEquals(ComplianceChart.BAR_AREA, chart.bars().get(1).length());
        assertThrows(IllegalArgumentException.class, () -> ComplianceChart.of("c", "t", List.of("a"), List.of()));
    }

    @Test
    void months_are_named_as_people_say_them() {
        assertEquals("March 2027", SlaDashboard.monthName("2027-03"));
        assertEquals("not-a-month", SlaDashboard.monthName("not-a-month"));
    }
}
