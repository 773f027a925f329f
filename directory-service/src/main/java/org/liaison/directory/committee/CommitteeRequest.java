package org.liaison.directory.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record CommitteeRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,19}", message = "must be letters, digits, - or _, up to 20")
        String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull Committee.Kind kind) {
}
