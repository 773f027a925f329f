package org.liaison.web.pages;

import java.util.List;

/**
 * What kind of issue an enquiry is, as the form offers it (enquiry-service checks the value): under the council
 * profile's direct-approach settings (P2, ENQ-5) it decides whether a more junior officer may be named.
 */
public record EnquirySignificance(String value, String label, String hint) {

    public static final String DEFAULT = "ORDINARY";

    public static final List<EnquirySignificance> ALL = List.of(
            new EnquirySignificance("ROUTINE_SERVICE_QUERY", "A routine service query",
                    "For example a missed bin collection or a pothole"),
            new EnquirySignificance("ORDINARY", "An ordinary enquiry", "Most enquiries"),
            new EnquirySignificance("STRATEGIC_OR_SIGNIFICANT", "A strategic or significant issue",
                    "For example a change to a service, a policy or a major scheme"));

    static String labelOf(String value) {
        return ALL.stream().filter(s -> s.value().equals(value)).map(EnquirySignificance::label).findFirst()
                .orElse(value == null ? "" : value);
    }
}
