package org.liaison.bench.bare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An enquiry's intake columns as enquiry-service stores them, and nothing else. */
@Entity
@Table(name = "bare_enquiry")
public class BareEnquiry extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "councillor_id", length = 64)
    public String councillorId;
    @Column(length = 300)
    public String subject;
    @Column(length = 20000)
    public String body;
    @Column(name = "service_area_code", length = 20)
    public String serviceAreaCode;
    @Column(name = "ward_code", length = 20)
    public String wardCode;
    @Column(length = 20)
    public String category;
    @Column(name = "received_at")
    public Instant receivedAt;
}
