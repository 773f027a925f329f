package org.liaison.enquiry.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.liaison.events.enquiry.EnquiryDisputeDecided;
import org.liaison.infrastructure.rest.MultiLine;

/** ENQ-11: the chief executive's decision on a disputed decline, explained to the councillor. */
public record DisputeDecisionRequest(@NotNull EnquiryDisputeDecided.Outcome outcome, @MultiLine @NotBlank @Size(max = 2000) String explanation) {
}
