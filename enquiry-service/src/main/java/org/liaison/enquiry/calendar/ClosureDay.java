package org.liaison.enquiry.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day the council is closed (ENQ-2), e.g. the days between Christmas and New Year. */
@Entity
@Table(name = "closure_day")
public class ClosureDay extends PanacheEntityBase {
    @Id
    public LocalDate day;
    public String reason;
}
