package org.liaison.enquiry.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.liaison.infrastructure.rest.MultiLine;

/** ENQ-11: an information request declined for one of the protocol's three reasons, explained. */
public record DeclineRequest(@NotNull Reason reason, @MultiLine @NotBlank @Size(max = 2000) String explanation) {

    public enum Reason {
        /** Confidential or protected by data protection law. */
        LEGAL,
        /** Wanted for a private purpose rather than the councillor's role. */
        PRIVATE_PURPOSE,
        /** Would take an unreasonable amount of the council's resources. */
        UNREASONABLE_RESOURCES
    }
}
