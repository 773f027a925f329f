package org.liaison.enquiry.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "service_area_replica")
public class ServiceAreaReplica extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "key_contact_officer_id")
    public String keyContactOfficerId;
    @Column(name = "head_of_service_id")
    public String headOfServiceId;
    @Column(name = "director_id")
    public String directorId;
}
