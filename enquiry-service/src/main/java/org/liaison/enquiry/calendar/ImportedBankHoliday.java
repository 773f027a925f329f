package org.liaison.enquiry.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.calendar.Nation;

/** A bank holiday from GOV.UK's published list. */
@Entity
@Table(name = "imported_bank_holiday")
@IdClass(ImportedBankHoliday.Key.class)
public class ImportedBankHoliday extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Nation nation;
        public LocalDate day;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.nation == nation && java.util.Objects.equals(key.day, day);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(nation, day);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    public Nation nation;
    @Id
    public LocalDate day;
    public String title;
}
