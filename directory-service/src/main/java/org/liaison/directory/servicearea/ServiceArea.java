package org.liaison.directory.servicearea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.liaison.events.directory.ServiceAreaRecord;

/** A service of the council with the officers enquiries are routed to (DIR-3, ENQ-4). */
@Entity
@Table(name = "service_area")
public class ServiceArea extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "key_contact_officer_id")
    public UUID keyContactOfficerId;
    @Column(name = "head_of_service_id")
    public UUID headOfServiceId;
    @Column(name = "director_id")
    public UUID directorId;

    public ServiceAreaRecord toRecord() {
        return new ServiceAreaRecord(code, name, keyContactOfficerId.toString(), headOfServiceId.toString(), directorId.toString());
    }
}
