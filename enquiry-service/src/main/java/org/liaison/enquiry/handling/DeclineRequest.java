package org.liaison.enquiry.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.liaison.infrastructure.rest.MultiLine;

/**
 * ENQ-11: an information request declined for one of the protocol's three reasons, explained; {@code consulted} and
 * {@code consultation} say who was consulted first and what they advised, where the council profile asks for it
 * ({@code enquiries.information-requests.consulted-first}).
 */
public record DeclineRequest(@NotNull Reason reason, @MultiLine @NotBlank @Size(max = 2000) String explanation,
        @Size(max = 11) List<InformationRequestRules.@NotNull Decider> consulted,
        @MultiLine @Size(max = 2000) String consultation) {

    public DeclineRequest {
        consulted = consulted == null ? List.of() : consulted;
    }

    public enum Reason {
        /** Confidential or protected by data protection law. */
        LEGAL,
        /** Wanted for a private purpose rather than the councillor's role. */
        PRIVATE_PURPOSE,
        /** Would take an unreasonable amount of the council's resources. */
        UNREASONABLE_RESOURCES
    }
}
