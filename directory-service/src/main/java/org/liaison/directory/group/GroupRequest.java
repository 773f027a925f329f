package org.liaison.directory.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

public record GroupRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,19}", message = "must be letters, digits, - or _, up to 20")
        String code,
        @NotBlank @Size(max = 200) String name,
        UUID leaderId) {
}
