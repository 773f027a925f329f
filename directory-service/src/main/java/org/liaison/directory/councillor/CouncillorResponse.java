package org.liaison.directory.councillor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** A councillor as read through the API; {@code phone} is present only for those allowed to see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CouncillorResponse(String id, String displayName, String email, String phone, String groupCode,
        List<String> wardCodes, List<Role> roles, LocalDate termStart, LocalDate termEnd, String preferredContact,
        String status) {

    public record Role(String role, String committeeCode, String portfolio, LocalDate from, LocalDate to) {
    }
}
