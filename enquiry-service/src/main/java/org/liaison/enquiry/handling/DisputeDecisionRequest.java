package org.liaison.enquiry.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.liaison.events.enquiry.EnquiryDisputeDecided;
import org.liaison.infrastructure.rest.MultiLine;

/**
 * ENQ-11: the decision on a disputed decline by the council profile's decider, explained to the councillor;
 * {@code consulted} and {@code consultation} say who was consulted first and what they advised, where the profile asks
 * for it ({@code enquiries.information-requests.consulted-first}).
 */
public record DisputeDecisionRequest(@NotNull EnquiryDisputeDecided.Outcome outcome,
        @MultiLine @NotBlank @Size(max = 2000) String explanation,
        @Size(max = 11) List<InformationRequestRules.@NotNull Decider> consulted,
        @MultiLine @Size(max = 2000) String consultation) {

    public DisputeDecisionRequest {
        consulted = consulted == null ? List.of() : consulted;
    }
}
