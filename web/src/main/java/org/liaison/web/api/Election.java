package org.liaison.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** A pre-election period as media-service keeps it (MR-7): from the notice of election to polling day, all wards or some. */
public record Election(String id, String name, LocalDate noticePublishedOn, LocalDate pollingDay, String scope,
        List<String> wardCodes) {

    public Election {
        wardCodes = wardCodes == null ? List.of() : wardCodes;
    }

    /** {@code POST /elections}: members' services' form, as typed (the service validates it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(String name, LocalDate noticePublishedOn, LocalDate pollingDay, String scope, List<String> wardCodes) {
    }
}
