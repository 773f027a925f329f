package org.liaison.enquiry.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.liaison.infrastructure.rest.MultiLine;

/**
 * The officer's full reply. {@code copyTo} names other councillors (by id) who receive it openly;
 * {@code bcc} exists only so that a request carrying one can be refused (ENQ-10), never honoured, and
 * {@code originalMemberConsented} only so that an officer asserting the councillor's consent is told that the
 * councillor records it themselves (ENQ-10, {@code POST /enquiries/{id}/copy-consent}). {@code lateExplanation} says why
 * a reply after the due date is late (ENQ-1): the council profile's response standard decides when it is required
 * ({@link LateReply}); it is stored, shown with the reply and emailed with it.
 */
public record ReplyRequest(
        @MultiLine @NotBlank @Size(max = 20000) String body,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> copyTo,
        Boolean originalMemberConsented,
        List<String> bcc,
        @MultiLine @Size(max = 4000) String lateExplanation) {

    public ReplyRequest {
        copyTo = copyTo == null ? List.of() : copyTo;
    }
}
