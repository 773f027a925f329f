package org.liaison.web.api;

import java.util.List;

/** A councillor or an officer as directory-service describes them; only what the pages show. */
/** {@code status}: ACTIVE, FORMER, … as the directory keeps it (null where it does not say). */
public record Person(String id, String displayName, String email, String jobTitle, List<String> wardCodes, String status) {

    public Person {
        wardCodes = wardCodes == null ? List.of() : wardCodes;
    }

    /** Someone the directory could not describe to this reader: shown by id. */
    public static Person unknown(String id) {
        return new Person(id, id, null, null, List.of(), null);
    }
}
