package org.liaison.enquiry.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.liaison.infrastructure.rest.MultiLine;

/** An enquiry as a councillor raises it. {@code officerId} optionally names who should answer (ENQ-5). */
public record EnquiryRequest(
        @NotBlank @Size(max = 300) String subject,
        @MultiLine @NotBlank @Size(max = 20000) String body,
        @NotBlank @Size(max = 20) String serviceAreaCode,
        @Size(max = 20) String wardCode,
        @NotNull Enquiry.Category category,
        boolean constituentConfidential,
        boolean doNotCopy,
        @Size(max = 64) String officerId) {
}
