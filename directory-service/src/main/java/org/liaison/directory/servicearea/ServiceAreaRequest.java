package org.liaison.directory.servicearea;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A service area as written through the API or a CSV row. The three officers are checked by DIR-3. */
public record ServiceAreaRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,19}", message = "must be letters, digits, - or _, up to 20")
        String code,
        @NotBlank @Size(max = 200) String name,
        UUID keyContactOfficerId,
        UUID headOfServiceId,
        UUID directorId) {
}
