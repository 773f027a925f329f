package org.liaison.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * DIR-5: a declared close personal, family or business relationship between a councillor and an officer, as the
 * register holds it. directory-service shows the register to the monitoring officer and the chief executive only.
 */
public record Relationship(String id, String councillorId, String officerId, String kind, LocalDate declaredOn,
        String declaredTo, String notes) {

    /** {@code POST /relationships}: a declaration as recorded by the monitoring officer (the service validates it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Declaration(String councillorId, String officerId, String kind, LocalDate declaredOn, String declaredTo,
            String notes) {
    }
}
