package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.web.api.Enquiry;

/** "What kind of issue is this?" on the raise form (P2, ENQ-5): enquiry-service's three values, ordinary by default. */
@Tag("ENQ-5")
class EnquirySignificanceTest {

    @Test
    void ENQ_5_the_form_offers_enquiry_services_three_kinds_of_issue_and_starts_on_ordinary() {
        assertEquals(List.of("ROUTINE_SERVICE_QUERY", "ORDINARY", "STRATEGIC_OR_SIGNIFICANT"),
                EnquirySignificance.ALL.stream().map(EnquirySignificance::value).toList());
        assertEquals("ORDINARY", CouncillorPages.Form.EMPTY.significance());
        assertEquals("A routine service query", EnquirySignificance.labelOf("ROUTINE_SERVICE_QUERY"));
    }

    @Test
    void ENQ_5_the_enquiry_page_names_the_kind_of_issue_and_an_enquiry_that_does_not_say_is_ordinary() {
        assertEquals("A strategic or significant issue", Formats.significanceLabel(enquiry("STRATEGIC_OR_SIGNIFICANT")));
        assertEquals("An ordinary enquiry", Formats.significanceLabel(enquiry(null)));
    }

    private static Enquiry enquiry(String significance) {
        return new Enquiry("id", "ENQ-2027-000001", "cllr", "Subject", null, "ENV", null, "WARD_ISSUE", significance, false,
                false, Instant.parse("2027-03-01T10:00:00Z"), Instant.parse("2027-03-08T17:00:00Z"), "officer", null,
                "ASSIGNED", 0, null, null, null);
    }
}
