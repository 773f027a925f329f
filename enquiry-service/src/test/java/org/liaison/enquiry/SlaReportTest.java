package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.calendar.BankHolidays;
import org.liaison.calendar.Nation;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.embedded.DevTokens;
import org.liaison.enquiry.intake.Enquiry;
import org.liaison.enquiry.report.SlaReport;

@QuarkusTest
class SlaReportTest {

    @Inject
    TestClock clock;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WorkingDayCalendar ENGLAND = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES, BankHolidays.fromRules(), Map.of());

    private static Enquiry enquiry(String area, String received, String due, String holding, String answered) {
        Enquiry e = new Enquiry();
        e.id = UUID.randomUUID();
        e.serviceAreaCode = area;
        e.assignedOfficerId = "officer-" + area;
        e.receivedAt = Instant.parse(received);
        e.clockStartsAt = e.receivedAt;
        e.dueAt = Instant.parse(due);
        e.holdingReplyAt = holding == null ? null : Instant.parse(holding);
        if (holding != null) {
            e.originalDueAt = e.dueAt;
            e.dueAt = Instant.parse("2027-03-15T17:00:00Z");
        }
        e.answeredAt = answered == null ? null : Instant.parse(answered);
        e.status = answered == null ? Enquiry.Status.ASSIGNED : Enquiry.Status.ANSWERED;
        return e;
    }

    @Tag("ENQ-12")
    @Test
    void ENQ_12_counts_received_in_time_holding_replies_overdue_median_days_and_compliance_per_group() {
        List<Enquiry> enquiries = List.of(
                enquiry("A", "2027-03-01T10:00:00Z", "2027-03-08T17:00:00Z", null, "2027-03-03T12:00:00Z"),
                enquiry("A", "2027-03-01T10:00:00Z", "2027-03-08T17:00:00Z", "2027-03-05T11:00:00Z", "2027-03-12T11:00:00Z"),
                enquiry("A", "2027-03-01T10:00:00Z", "2027-03-08T17:00:00Z", null, null),
                enquiry("B", "2027-03-09T10:00:00Z", "2027-03-16T17:00:00Z", null, null));
        List<SlaReport.Row> rows = SlaReport.of(enquiries, SlaReport.GroupBy.SERVICE_AREA,
                LocalDate.of(2027, 3, 10).atTime(LocalTime.NOON).atZone(LONDON).toInstant(), ENGLAND, LONDON);
        assertEquals(new SlaReport.Row("A", 3, 2, 1, 1, 3.0, 66.7), rows.get(0));
        assertEquals(new SlaReport.Row("B", 1, 0, 0, 0, null, null), rows.get(1));
    }

    @Tag("ENQ-12")
    @Test
    void ENQ_12_the_report_is_served_as_json_and_csv_to_members_services_only() {
        String ms = DevTokens.mint("ms-1", "members-services");
        given().auth().oauth2(ms).when().get("/sla/report?from=2020-01-01&to=2020-12-31&groupBy=month")
                .then().statusCode(200).body("groupBy", equalTo("month")).body("rows.size()", equalTo(0));
        given().auth().oauth2(ms).accept("text/csv").when().get("/sla/report?from=2020-01-01&to=2020-12-31&groupBy=officer")
                .then().statusCode(200).body(startsWith("officer,received,answeredInTime,holdingReplies,overdue"));
        given().auth().oauth2(ms).when().get("/sla/report?from=2020-01-01&to=2020-12-31&groupBy=colour")
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        given().auth().oauth2(DevTokens.mint("cllr", "councillor")).when().get("/sla/report?from=2020-01-01&to=2020-12-31")
                .then().statusCode(403);
    }

    @Tag("ENQ-12")
    @Test
    void ENQ_12_without_a_period_the_report_covers_the_twelve_calendar_months_up_to_today() {
        String ms = DevTokens.mint("ms-1", "members-services");
        clock.set(Instant.parse("2027-03-10T23:30:00Z")); // 23:30 on 10 March in London (GMT)
        try {
            given().auth().oauth2(ms).when().get("/sla/report?groupBy=month").then().statusCode(200)
                    .body("from", equalTo("2026-04-01")).body("to", equalTo("2027-03-10"));
            given().auth().oauth2(ms).when().get("/sla/report?from=2027-01-01").then().statusCode(200)
                    .body("from", equalTo("2027-01-01")).body("to", equalTo("2027-03-10"));
            clock.set(Instant.parse("2027-06-30T23:30:00Z")); // already 1 July in London (BST)
            given().auth().oauth2(ms).when().get("/sla/report").then().statusCode(200)
                    .body("from", equalTo("2026-08-01")).body("to", equalTo("2027-07-01"));
            given().auth().oauth2(ms).when().get("/sla/report?from=yesterday").then().statusCode(400)
                    .body("errors[0].field", equalTo("from"));
        } finally {
            clock.reset();
        }
    }
}
