package org.liaison.enquiry.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.infrastructure.rest.MultiLine;

/**
 * An enquiry as a councillor raises it. {@code officerId} optionally names who should answer (ENQ-5);
 * {@code significance} says what kind of issue it is (ORDINARY when left out), which the council profile's
 * direct-approach settings (P2) may use to let a more junior officer be named.
 */
public record EnquiryRequest(
        @NotBlank @Size(max = 300) String subject,
        @MultiLine @NotBlank @Size(max = 20000) String body,
        @NotBlank @Size(max = 20) String serviceAreaCode,
        @Size(max = 20) String wardCode,
        @NotNull Enquiry.Category category,
        boolean constituentConfidential,
        boolean doNotCopy,
        @Size(max = 64) String officerId,
        @Schema(defaultValue = "ORDINARY", description = "What kind of issue this is: ROUTINE_SERVICE_QUERY (e.g. a "
                + "missed bin or a pothole), ORDINARY, or STRATEGIC_OR_SIGNIFICANT. ORDINARY when left out. Under the "
                + "council profile's enquiries.direct-approach settings (P2, ENQ-5) a routine service query, or anything "
                + "short of a strategic or significant issue, may name an officer below the lowest seniority.")
        Enquiry.Significance significance) {

    public EnquiryRequest {
        significance = significance == null ? Enquiry.Significance.ORDINARY : significance;
    }
}
