package org.liaison.media.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A councillor as directory-service last published them: their dated roles and group (MR-1, MR-2, MR-3, MR-7, MR-11).
 * The rules read it as a {@link org.liaison.media.rules.RuleSnapshot.Councillor}.
 */
@Entity
@Table(name = "councillor_replica")
public class CouncillorReplica extends PanacheEntityBase {

    /**
     * A role held from {@code from} to {@code to} inclusive ({@code to} null: still held); {@code committeeCode} the
     * committee a chair or vice-chair chairs (null for other roles, and in rows replicated before it was kept).
     */
    public record Role(String role, String committeeCode, LocalDate from, LocalDate to) {
    }

    @Id
    public String id;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    @Column(name = "group_code")
    public String groupCode;

    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Role> roles = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ward_codes")
    public List<String> wardCodes = new ArrayList<>();

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
