package org.liaison.enquiry.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * ENQ-10: the councillor's consent to copying the reply to their casework enquiry: to any councillor
 * ({@code anyCouncillor}), or to the councillors listed by directory id. Neither records that they do not consent
 * (withdrawing an earlier consent).
 */
public record CopyConsentRequest(boolean anyCouncillor, @Size(max = 50) List<@NotBlank @Size(max = 64) String> councillorIds) {

    public CopyConsentRequest {
        councillorIds = councillorIds == null ? List.of() : councillorIds;
    }
}
