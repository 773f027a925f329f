package org.liaison.enquiry.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** ENQ-11: the councillor's grounds for disputing a declined information request. */
public record DisputeRequest(@NotBlank @Size(max = 2000) String grounds) {
}
