package org.liaison.directory.councillor;

import org.liaison.directory.audit.DirectoryAudit;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.liaison.directory.committee.Committee;
import org.liaison.directory.group.PoliticalGroup;
import org.liaison.directory.person.OnePersonOneSide;
import org.liaison.directory.person.PersonalDetails;
import org.liaison.directory.ward.Ward;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

@ApplicationScoped
public class CouncillorService {

    private final Outbox outbox;
    private final DirectoryAudit audit;
    private final Clock clock;
    private final SecurityIdentity identity;

    CouncillorService(Outbox outbox, DirectoryAudit audit, Clock clock, SecurityIdentity identity) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.identity = identity;
    }

    /** Registers a councillor and announces the full record on {@code directory.councillors} (DIR-6). */
    @Transactional
    public CouncillorResponse create(CouncillorRequest request) {
        validate(request);
        if (Councillor.count("lower(email) = ?1", request.email().toLowerCase(Locale.ROOT)) > 0) {
            throw ProblemException.conflict(null, "email", "A councillor with email " + request.email() + " already exists.");
        }
        OnePersonOneSide.requireNotAnOfficer(request.email());
        Councillor councillor = new Councillor();
        councillor.id = UUID.randomUUID();
        councillor.createdAt = clock.instant();
        apply(councillor, request);
        return view(councillor);
    }

    @Transactional
    public CouncillorResponse update(UUID id, CouncillorRequest request) {
        validate(request);
        Councillor councillor = find(id);
        if (Councillor.count("lower(email) = ?1 and id <> ?2", request.email().toLowerCase(Locale.ROOT), id) > 0) {
            throw ProblemException.conflict(null, "email", "Another councillor already uses " + request.email() + ".");
        }
        OnePersonOneSide.requireNotAnOfficer(request.email());
        apply(councillor, request);
        return view(councillor);
    }

    /** Removes the councillor; a tombstone on {@code directory.councillors} tells every replica. */
    @Transactional
    public void delete(UUID id) {
        Councillor councillor = find(id);
        if (PoliticalGroup.count("leaderId", id) > 0) {
            throw ProblemException.conflict(null, "This councillor leads a political group; name a new leader first.");
        }
        if (org.liaison.directory.relationship.DeclaredRelationship.count("councillorId", id) > 0) {
            throw ProblemException.conflict(null, "This councillor has declared relationships on the register; "
                    + "the monitoring officer must keep them, so mark the councillor FORMER instead of deleting.");
        }
        Object before = councillor.toRecord();
        councillor.delete();
        outbox.publishTombstone(Topic.DIRECTORY_COUNCILLORS, id.toString(), EventType.COUNCILLOR_DELETED);
        audit.record("councillor", id.toString(), before, null);
    }

    /** Creates or updates by email (the CSV import's match); true if anything changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(CouncillorRequest request) {
        Councillor existing = Councillor.find("lower(email) = ?1", request.email().toLowerCase(Locale.ROOT)).firstResult();
        if (existing == null) {
            create(request);
            return true;
        }
        validate(request);
        Councillor candidate = new Councillor();
        candidate.id = existing.id;
        fill(candidate, request);
        if (Objects.equals(candidate.toRecord(), existing.toRecord()) && Objects.equals(candidate.phone, existing.phone)) {
            return false;
        }
        apply(existing, request);
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CouncillorResponse get(UUID id) {
        return view(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CouncillorResponse> search(CouncillorSearch search, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (search.ward() != null) {
            where.add(":ward member of c.wardCodes");
            params.and("ward", search.ward());
        }
        if (search.group() != null) {
            where.add("c.groupCode = :group");
            params.and("group", search.group());
        }
        if (search.role() != null) {
            where.add("exists (select 1 from Councillor h join h.roles r where h = c and r.role = :role "
                    + "and r.fromDate <= :today and (r.toDate is null or r.toDate >= :today))");
            params.and("role", search.role()).and("today", LocalDate.now(clock));
        }
        String query = "from Councillor c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by c.displayName, c.id";
        var found = Councillor.<Councillor>find(query, params).page(page.toPanache());
        return new Page<>(found.list(), page.page, page.size, found.count()).map(this::view);
    }

    public Councillor find(UUID id) {
        Councillor councillor = Councillor.findById(id);
        if (councillor == null) {
            throw ProblemException.notFound("There is no councillor with id " + id + ".");
        }
        return councillor;
    }

    private void apply(Councillor councillor, CouncillorRequest request) {
        Object before = councillor.isPersistent() ? councillor.toRecord() : null;
        fill(councillor, request);
        councillor.updatedAt = clock.instant();
        councillor.persist();
        outbox.publish(Topic.DIRECTORY_COUNCILLORS, councillor.id.toString(), EventType.COUNCILLOR_STATE,
                councillor.toRecord());
        audit.record("councillor", councillor.id.toString(), before, councillor.toRecord());
    }

    private static void fill(Councillor councillor, CouncillorRequest request) {
        councillor.displayName = request.displayName().strip();
        councillor.email = request.email().strip();
        councillor.phone = request.phone();
        councillor.groupCode = request.groupCode() == null || request.groupCode().isBlank() ? null : request.groupCode();
        councillor.wardCodes = new TreeSet<>(request.wardCodes());
        councillor.roles = new ArrayList<>(request.roles().stream().map(r -> {
            CouncillorRole role = new CouncillorRole();
            role.role = r.role();
            role.committeeCode = r.committeeCode() == null || r.committeeCode().isBlank() ? null : r.committeeCode();
            role.portfolio = r.portfolio();
            role.fromDate = r.from();
            role.toDate = r.to();
            return role;
        }).toList());
        councillor.termStart = request.termStart();
        councillor.termEnd = request.termEnd();
        councillor.preferredContact = request.preferredContact() == null ? Councillor.PreferredContact.EMAIL
                : request.preferredContact();
        councillor.status = request.status() == null ? Councillor.Status.ACTIVE : request.status();
    }

    /** Checks that cannot be expressed as annotations; every problem found is reported at once. */
    private static void validate(CouncillorRequest request) {
        CouncillorWards.requireAtLeastOneWard(request.wardCodes());
        List<Problem.FieldError> malformed = new ArrayList<>();
        if (request.termStart() != null && request.termEnd() != null && request.termEnd().isBefore(request.termStart())) {
            malformed.add(new Problem.FieldError("termEnd", "must not be before termStart"));
        }
        for (int i = 0; i < request.roles().size(); i++) {
            CouncillorRequest.RoleRequest role = request.roles().get(i);
            if (role.to() != null && role.to().isBefore(role.from())) {
                malformed.add(new Problem.FieldError("roles[" + i + "].to", "must not be before roles[" + i + "].from"));
            }
            if ((role.role() == CouncillorRole.Kind.COMMITTEE_CHAIR || role.role() == CouncillorRole.Kind.COMMITTEE_VICE_CHAIR)
                    && (role.committeeCode() == null || role.committeeCode().isBlank())) {
                malformed.add(new Problem.FieldError("roles[" + i + "].committeeCode", "is required for " + role.role()));
            }
        }
        if (!malformed.isEmpty()) {
            throw new ProblemException(new Problem("about:blank", "Bad Request", 400,
                    "The councillor is not valid: " + malformed.get(0).field() + " " + malformed.get(0).message(), null, malformed));
        }
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < request.wardCodes().size(); i++) {
            String code = request.wardCodes().get(i);
            if (Ward.findById(code) == null) {
                unknown.add(new Problem.FieldError("wardCodes[" + i + "]", "ward " + code + " is not in the directory"));
            }
        }
        if (request.groupCode() != null && !request.groupCode().isBlank() && PoliticalGroup.findById(request.groupCode()) == null) {
            unknown.add(new Problem.FieldError("groupCode", "political group " + request.groupCode() + " is not in the directory"));
        }
        for (int i = 0; i < request.roles().size(); i++) {
            String committee = request.roles().get(i).committeeCode();
            if (committee != null && !committee.isBlank() && Committee.findById(committee) == null) {
                unknown.add(new Problem.FieldError("roles[" + i + "].committeeCode", "committee " + committee + " is not in the directory"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.unprocessable(
                    "Add what the councillor refers to first (wards, group, committees), or correct the codes.", unknown));
        }
    }

    private CouncillorResponse view(Councillor c) {
        boolean mayReadPhone = PersonalDetails.mayRead(identity, c.id);
        return new CouncillorResponse(c.id.toString(), c.displayName, c.email, mayReadPhone ? c.phone : null, c.groupCode,
                c.wardCodes.stream().sorted().toList(),
                c.roles.stream().map(r -> new CouncillorResponse.Role(r.role.name(), r.committeeCode, r.portfolio, r.fromDate, r.toDate)).toList(),
                c.termStart, c.termEnd, c.preferredContact.name(), c.status.name());
    }
}
