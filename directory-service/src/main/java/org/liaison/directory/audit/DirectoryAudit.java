package org.liaison.directory.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * The directory's audit trail: every create, change and delete of a ward, group, councillor, officer or service area,
 * in the same transaction as the change, with who made it, when, which fields changed and the record before and after
 * (as published on its topic, so without personal phone numbers). Declared relationships are not in it: their details
 * are for the monitoring officer and chief executive only (DIR-5), and their register keeps who declared what, when.
 */
@ApplicationScoped
public class DirectoryAudit {

    private final ObjectMapper json;
    private final Clock clock;
    private final SecurityIdentity identity;

    DirectoryAudit(ObjectMapper json, Clock clock, SecurityIdentity identity) {
        this.json = json;
        this.clock = clock;
        this.identity = identity;
    }

    /** Records a change of {@code kind} record {@code key}: {@code before} null for a new one, {@code after} null for a deleted one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String kind, String key, Object before, Object after) {
        JsonNode was = before == null ? NullNode.getInstance() : json.valueToTree(before);
        JsonNode is = after == null ? NullNode.getInstance() : json.valueToTree(after);
        if (was.equals(is)) {
            return;
        }
        DirectoryChange change = new DirectoryChange();
        change.changedAt = clock.instant();
        change.changedBy = identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
        change.kind = kind;
        change.recordKey = key;
        change.changedFields = String.join(",", changedFields(was, is));
        change.beforeState = before == null ? null : write(was);
        change.afterState = after == null ? null : write(is);
        change.persist();
    }

    private static TreeSet<String> changedFields(JsonNode was, JsonNode is) {
        TreeSet<String> fields = new TreeSet<>();
        for (JsonNode side : new JsonNode[] {was, is}) {
            for (Iterator<String> names = side.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!was.path(name).equals(is.path(name))) {
                    fields.add(name);
                }
            }
        }
        String all = String.join(",", fields);
        return all.length() <= 1000 ? fields : new TreeSet<>(java.util.List.of("(many)"));
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a directory record as JSON", e);
        }
    }
}
