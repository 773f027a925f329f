package org.liaison.directory.committee;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.directory.audit.DirectoryAudit;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

/**
 * Committees: every create and change is announced on {@code directory.committees} in the same transaction (its full
 * state), a removal as a tombstone, so that every replica (media-service's, for MR-1 and MR-2) follows the directory.
 */
@ApplicationScoped
public class CommitteeService {

    private final Outbox outbox;
    private final DirectoryAudit audit;

    CommitteeService(Outbox outbox, DirectoryAudit audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Committee> list(PageRequest page) {
        var query = Committee.<Committee>findAll(Sort.by("code")).page(page.toPanache());
        return new Page<>(query.list(), page.page, page.size, query.count());
    }

    @Transactional
    public Committee create(CommitteeRequest request) {
        if (Committee.findById(request.code()) != null) {
            throw ProblemException.conflict(null, "Committee " + request.code() + " already exists; update it with PUT "
                    + "/committees/" + request.code() + " instead.");
        }
        Committee committee = new Committee();
        committee.code = request.code();
        apply(committee, request);
        return committee;
    }

    @Transactional
    public Committee update(String code, CommitteeRequest request) {
        if (!code.equals(request.code())) {
            throw ProblemException.badRequest("code", "must match the committee in the path (" + code + "); a "
                    + "committee's code cannot change");
        }
        Committee committee = get(code);
        apply(committee, request);
        return committee;
    }

    /** Creates or updates by code (the CSV import's match); true if anything changed (and so was published). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(CommitteeRequest request) {
        Committee committee = Committee.findById(request.code());
        if (committee == null) {
            create(request);
            return true;
        }
        if (committee.name.equals(request.name().strip()) && committee.kind == request.kind()) {
            return false;
        }
        apply(committee, request);
        return true;
    }

    /** Removes a committee no councillor's role names; a tombstone on {@code directory.committees} tells every replica. */
    @Transactional
    public void delete(String code) {
        Committee committee = get(code);
        Number roles = (Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from councillor_role where committee_code = ?1")
                .setParameter(1, code).getSingleResult();
        if (roles.longValue() > 0) {
            throw ProblemException.conflict(null, "Councillors' roles name committee " + code + " (" + roles
                    + "); end or change those roles first, so that no role is left without its committee.");
        }
        Object before = committee.toRecord();
        committee.delete();
        outbox.publishTombstone(Topic.DIRECTORY_COMMITTEES, code, EventType.COMMITTEE_DELETED);
        audit.record("committee", code, before, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Committee get(String code) {
        Committee committee = Committee.findById(code);
        if (committee == null) {
            throw ProblemException.notFound("There is no committee with code " + code + ".");
        }
        return committee;
    }

    private void apply(Committee committee, CommitteeRequest request) {
        Object before = committee.isPersistent() ? committee.toRecord() : null;
        committee.name = request.name().strip();
        committee.kind = request.kind();
        committee.persist();
        outbox.publish(Topic.DIRECTORY_COMMITTEES, committee.code, EventType.COMMITTEE_STATE, committee.toRecord());
        audit.record("committee", committee.code, before, committee.toRecord());
    }
}
