package org.liaison.directory.councillor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A councillor as written through the API. */
public record CouncillorRequest(
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*", message = "may hold only digits, spaces and + ( ) -") String phone,
        @Size(max = 20) String groupCode,
        @Size(max = 10) List<@NotBlank @Size(max = 20) String> wardCodes) {
}
