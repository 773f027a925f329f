package org.liaison.enquiry.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.liaison.infrastructure.rest.MultiLine;

/**
 * The officer's full reply. {@code copyTo} names other councillors (by id) who receive it openly;
 * {@code bcc} exists only so that a request carrying one can be refused (ENQ-10), never honoured, and
 * {@code originalMemberConsented} only so that an officer asserting the councillor's consent is told that the
 * councillor records it themselves (ENQ-10, {@code POST /enquiries/{id}/copy-consent}).
 */
public record ReplyRequest(
        @MultiLine @NotBlank @Size(max = 20000) String body,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> copyTo,
        Boolean originalMemberConsented,
        List<String> bcc) {

    public ReplyRequest {
        copyTo = copyTo == null ? List.of() : copyTo;
    }
}
