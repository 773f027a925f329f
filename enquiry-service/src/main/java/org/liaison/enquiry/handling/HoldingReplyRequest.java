package org.liaison.enquiry.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.liaison.infrastructure.rest.MultiLine;

/** ENQ-7: why the full reply is delayed, and by when it will come. */
public record HoldingReplyRequest(@MultiLine @NotBlank @Size(max = 2000) String reason, @NotNull LocalDate newTargetDate) {
}
