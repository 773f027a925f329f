package org.liaison.enquiry.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.liaison.infrastructure.rest.MultiLine;

/** ENQ-11: the councillor's grounds for disputing a declined information request. */
public record DisputeRequest(@MultiLine @NotBlank @Size(max = 2000) String grounds) {
}
