package org.liaison.directory.councillor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A councillor as written through the API or a CSV row. */
public record CouncillorRequest(
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*", message = "may hold only digits, spaces and + ( ) -") String phone,
        @Size(max = 20) String groupCode,
        @Size(max = 10) List<@NotBlank @Size(max = 20) String> wardCodes,
        @Size(max = 30) List<@Valid @NotNull RoleRequest> roles,
        LocalDate termStart,
        LocalDate termEnd,
        Councillor.PreferredContact preferredContact,
        Councillor.Status status) {

    public CouncillorRequest {
        wardCodes = wardCodes == null ? List.of() : wardCodes;
        roles = roles == null ? List.of() : roles;
    }

    /** Convenience for a councillor with no roles, current term unknown. */
    public CouncillorRequest(String displayName, String email, String phone, String groupCode, List<String> wardCodes) {
        this(displayName, email, phone, groupCode, wardCodes, List.of(), null, null, null, null);
    }

    public record RoleRequest(
            @NotNull CouncillorRole.Kind role,
            @Size(max = 20) String committeeCode,
            @Size(max = 200) String portfolio,
            @NotNull LocalDate from,
            LocalDate to) {
    }
}
