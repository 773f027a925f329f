package org.liaison.directory.ward;

import org.liaison.directory.audit.DirectoryAudit;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

@ApplicationScoped
public class WardService {

    private final Outbox outbox;
    private final DirectoryAudit audit;

    WardService(Outbox outbox, DirectoryAudit audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Creates a ward and announces it on {@code directory.wards} in the same transaction (DIR-6). */
    @Transactional
    public Ward create(WardRequest request) {
        if (Ward.findById(request.code()) != null) {
            throw ProblemException.conflict(null, "Ward " + request.code() + " already exists; update it with PUT /wards/"
                    + request.code() + " instead.");
        }
        Ward ward = new Ward();
        ward.code = request.code();
        apply(ward, request);
        return ward;
    }

    @Transactional
    public Ward update(String code, WardRequest request) {
        if (!code.equals(request.code())) {
            throw ProblemException.badRequest("code", "must match the ward in the path (" + code + "); a ward's code cannot change");
        }
        Ward ward = get(code);
        apply(ward, request);
        return ward;
    }

    /** Creates or updates by code; true if anything changed (and so was published). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(WardRequest request) {
        Ward ward = Ward.findById(request.code());
        if (ward == null) {
            create(request);
            return true;
        }
        if (Objects.equals(ward.name, request.name().strip())) {
            return false;
        }
        apply(ward, request);
        return true;
    }

    private void apply(Ward ward, WardRequest request) {
        Object before = ward.isPersistent() ? ward.toRecord() : null;
        ward.name = request.name().strip();
        ward.persist();
        outbox.publish(Topic.DIRECTORY_WARDS, ward.code, EventType.WARD_STATE, ward.toRecord());
        audit.record("ward", ward.code, before, ward.toRecord());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ward get(String code) {
        Ward ward = Ward.findById(code);
        if (ward == null) {
            throw ProblemException.notFound("There is no ward with code " + code + ".");
        }
        return ward;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Ward> list(PageRequest page) {
        var query = Ward.findAll(Sort.by("code")).page(page.toPanache());
        return new Page<>(query.list(), page.page, page.size, query.count());
    }
}
