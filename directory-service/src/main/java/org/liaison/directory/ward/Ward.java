package org.liaison.directory.ward;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.liaison.events.directory.WardRecord;

/** An electoral ward: an ONS GSS code (E05012345) or a local code, and a name. */
@Entity
@Table(name = "ward")
public class Ward extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public WardRecord toRecord() {
        return new WardRecord(code, name);
    }
}
