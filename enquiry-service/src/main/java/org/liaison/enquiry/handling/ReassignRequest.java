package org.liaison.enquiry.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.liaison.infrastructure.rest.MultiLine;

/** Give the enquiry to another officer, saying why. */
public record ReassignRequest(@NotBlank @Size(max = 64) String officerId, @MultiLine @NotBlank @Size(max = 500) String reason) {
}
