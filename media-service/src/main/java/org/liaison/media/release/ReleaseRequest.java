package org.liaison.media.release;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.liaison.infrastructure.rest.MultiLine;

/**
 * A release as the comms team writes it; the rules are checked on submission, approval and issue. {@code ceremonial}:
 * the release is about a ceremonial event, the only kind on which holders of the council profile's ceremonial-only
 * roles (media.ceremonial-only-roles) may be quoted (MR-1).
 */
public record ReleaseRequest(
        @NotBlank @Size(max = 300) String title,
        @MultiLine @NotBlank @Size(max = 50000) String body,
        @Size(max = 20) List<@Valid @NotNull QuoteRequest> quotes,
        @Size(max = 20) List<@Valid @NotNull ContactRequest> contacts,
        @Valid MeetingRequest meeting,
        @Size(max = 100) List<@NotBlank @Size(max = 20) String> wardCodes,
        boolean controversial,
        boolean ceremonial,
        @NotNull MediaRelease.Purpose purpose,
        boolean partyNamesAttested,
        OffsetDateTime plannedIssueAt) {

    public record QuoteRequest(@NotNull MediaRelease.PersonType speakerType, @Size(max = 64) String speakerId,
            @Size(max = 200) String name, @MultiLine @NotBlank @Size(max = 5000) String text, boolean factualAttested) {
    }

    public record ContactRequest(@NotNull MediaRelease.PersonType personType, @Size(max = 64) String personId,
            @MultiLine @NotBlank @Size(max = 500) String text) {
    }

    /**
     * The meeting a release is issued before or after (MR-5, MR-6). The dates decide which; {@code timing} is needed
     * only for a release issued on the meeting's own day, and is otherwise ignored.
     */
    public record MeetingRequest(@NotBlank @Size(max = 300) String title, @NotNull LocalDate date,
            MediaRelease.Timing timing, @Size(max = 50) List<@NotBlank @Size(max = 300) String> discussedItems) {
    }
}
