package org.liaison.directory.ward;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A ward as written through the API. */
public record WardRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,19}",
                message = "must be an ONS GSS code such as E05012345 or a local code: letters, digits, - or _, up to 20")
        String code,
        @NotBlank @Size(max = 200) String name) {
}
