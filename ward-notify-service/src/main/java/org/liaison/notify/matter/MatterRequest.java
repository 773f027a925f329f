package org.liaison.notify.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** A ward matter as registered by members' services. Times are ISO-8601 with an offset. */
public record MatterRequest(
        @NotNull MatterKind kind,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 10000) String description,
        @Size(max = 300) String location,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 20) String> wardCodes) {
}
