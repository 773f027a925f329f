package org.liaison.media.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The council profile's media protocol: who may be quoted, which party names to look for, the MR-8 lead time. */
@ConfigMapping(prefix = "liaison.media")
public interface MediaSettings {

    /** MR-1, MR-2: directory role kinds whose holders, on the issue date, may be quoted or given as contacts. */
    @WithDefault("LEADER,CABINET_MEMBER,COMMITTEE_CHAIR,MAYOR,DEPUTY_MAYOR,SHERIFF")
    List<String> quotableRoles();

    /** MR-3, MR-12: party names to look for, besides the directory's political group names. */
    @WithDefault("Labour,Conservative,Liberal Democrat,Green Party,Reform UK,Plaid Cymru,SNP")
    List<String> partyNames();

    /** MR-8: how long after every ward councillor was told a release may be issued. */
    @WithDefault("PT24H")
    Duration leadTime();
}
