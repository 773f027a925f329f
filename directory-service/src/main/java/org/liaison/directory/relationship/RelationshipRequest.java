package org.liaison.directory.relationship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.infrastructure.rest.MultiLine;

public record RelationshipRequest(
        @NotNull UUID councillorId,
        @NotNull UUID officerId,
        @NotNull DeclaredRelationship.Kind kind,
        @NotNull LocalDate declaredOn,
        @NotBlank @Size(max = 200) String declaredTo,
        @MultiLine @Size(max = 2000) String notes) {
}
