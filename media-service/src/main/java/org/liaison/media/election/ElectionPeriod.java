package org.liaison.media.election;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * MR-7: a pre-election period, from the notice of election to polling day inclusive, for all wards or some. The rule
 * itself is {@link org.liaison.media.rules.PreElectionPeriod}.
 */
@Entity
@Table(name = "election_period")
public class ElectionPeriod extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "notice_published_on")
    public LocalDate noticePublishedOn;

    @Column(name = "polling_day")
    public LocalDate pollingDay;

    @Column(name = "scope_all")
    public boolean scopeAll;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ward_codes")
    public List<String> wardCodes = new ArrayList<>();
}
