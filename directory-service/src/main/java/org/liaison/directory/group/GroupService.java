package org.liaison.directory.group;

import org.liaison.directory.audit.DirectoryAudit;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.liaison.directory.councillor.Councillor;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

@ApplicationScoped
public class GroupService {

    private final Outbox outbox;
    private final DirectoryAudit audit;

    GroupService(Outbox outbox, DirectoryAudit audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public PoliticalGroup create(GroupRequest request) {
        if (PoliticalGroup.findById(request.code()) != null) {
            throw ProblemException.conflict(null, "Political group " + request.code() + " already exists.");
        }
        PoliticalGroup group = new PoliticalGroup();
        group.code = request.code();
        apply(group, request);
        return group;
    }

    /** Creates or updates by code; true if anything changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(GroupRequest request) {
        PoliticalGroup group = PoliticalGroup.findById(request.code());
        if (group == null) {
            create(request);
            return true;
        }
        if (Objects.equals(group.name, request.name().strip()) && Objects.equals(group.leaderId, request.leaderId())) {
            return false;
        }
        apply(group, request);
        return true;
    }

    private void apply(PoliticalGroup group, GroupRequest request) {
        if (request.leaderId() != null && Councillor.findById(request.leaderId()) == null) {
            throw new ProblemException(Problem.unprocessable("The group leader must be a councillor in the directory.",
                    List.of(new Problem.FieldError("leaderId", "no councillor has id " + request.leaderId()))));
        }
        Object before = group.isPersistent() ? group.toRecord() : null;
        group.name = request.name().strip();
        group.leaderId = request.leaderId();
        group.persist();
        outbox.publish(Topic.DIRECTORY_GROUPS, group.code, EventType.GROUP_STATE, group.toRecord());
        audit.record("group", group.code, before, group.toRecord());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PoliticalGroup> list(PageRequest page) {
        var query = PoliticalGroup.findAll(Sort.by("code")).page(page.toPanache());
        return new Page<>(query.list(), page.page, page.size, query.count());
    }
}
