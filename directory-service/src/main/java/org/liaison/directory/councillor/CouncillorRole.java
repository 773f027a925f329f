package org.liaison.directory.councillor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A role held from {@code fromDate} to {@code toDate} (inclusive; open-ended when null). */
@Embeddable
public class CouncillorRole {

    public enum Kind {
        LEADER, DEPUTY_LEADER, CABINET_MEMBER, COMMITTEE_CHAIR, COMMITTEE_VICE_CHAIR, MAYOR, DEPUTY_MAYOR, SHERIFF,
        GROUP_LEADER, OPPOSITION_SPOKESPERSON
    }

    @Enumerated(EnumType.STRING)
    public Kind role;

    @Column(name = "committee_code")
    public String committeeCode;

    public String portfolio;

    @Column(name = "from_date")
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;

    public boolean heldOn(LocalDate date) {
        return !fromDate.isAfter(date) && (toDate == null || !toDate.isBefore(date));
    }
}
