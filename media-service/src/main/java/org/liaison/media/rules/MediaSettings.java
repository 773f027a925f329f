package org.liaison.media.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * The council profile's media protocol: who may be quoted, how releases name parties, which releases a pre-election
 * period covers, who decides a disputed release, the MR-8 lead time.
 */
@ConfigMapping(prefix = "liaison.media")
public interface MediaSettings {

    /** P6, MR-7: the releases an election's pre-election period covers. */
    enum PreElectionScope {
        /** Releases about one of the election's wards (an all-council election: every release). */
        ELECTION_WARDS,
        /** Every release, once any election in the council's area is in its period (000 §23.14(e)). */
        COUNCIL_AREA
    }

    /**
     * P3, MR-1, MR-2: directory role kinds whose holders, on the issue date, may be quoted or given as contacts (council
     * profile: media.quotable-roles).
     */
    @WithDefault("LEADER,CABINET_MEMBER,COMMITTEE_CHAIR,MAYOR,DEPUTY_MAYOR,SHERIFF")
    List<String> quotableRoles();

    /**
     * P3, MR-1, MR-2: the kinds of committee whose chairs COMMITTEE_CHAIR covers, as directory.committees gives each
     * committee's kind (council profile: media.quotable-committee-chairs). All five: any chair.
     */
    @WithDefault("CABINET,SCRUTINY,REGULATORY,STANDARDS,OTHER")
    List<String> quotableCommitteeChairs();

    /**
     * P3, MR-1, MR-2: roles whose holders are quoted only on a release marked ceremonial (council profile:
     * media.ceremonial-only-roles); {@code NONE}, the profile's empty list: no such role.
     */
    @WithDefault("NONE")
    List<String> ceremonialOnlyRoles();

    /** P6, MR-7: which releases a pre-election period covers (council profile: media.pre-election.scope). */
    @WithDefault("ELECTION_WARDS")
    PreElectionScope preElectionScope();

    /**
     * P7, MR-9: who decides a disputed release, as the profile names them (media.release-dispute-decider); the caller
     * role that acts for them is {@link DisputeDecider#roleFor}.
     */
    @WithDefault("CHIEF_EXECUTIVE")
    String releaseDisputeDecider();

    /** MR-3, MR-12: party names to look for anywhere, besides the directory's political group names. */
    @WithDefault("Labour,Conservative,Liberal Democrat,Liberal Democrats,Green Party,Reform UK,Plaid Cymru,SNP,"
            + "Scottish National Party")
    List<String> partyNames();

    /**
     * MR-3, MR-12: other names of parties that are never ordinary words, looked for anywhere, as {@code name=Party}
     * (see {@link PartyVocabulary}).
     */
    @WithDefault("Tory=Conservative,Tories=Conservative,Conservatives=Conservative,Lib Dem=Liberal Democrat,"
            + "Lib Dems=Liberal Democrat")
    List<String> partyAliases();

    /**
     * MR-3, MR-12: abbreviations and short forms that are also ordinary words, counted only where they attribute a party
     * to someone ("Cllr Evans (Lab)", "Green councillors"; see {@link PartyMentions}), as {@code form=Party}.
     */
    @WithDefault("Lab=Labour,Con=Conservative,LD=Liberal Democrat,Green=Green Party,Greens=Green Party,"
            + "Reform=Reform UK,Plaid=Plaid Cymru")
    List<String> partyShortForms();

    /** P4, MR-3: whether a quoted member's party may never be indicated (council profile: media.no-party-affiliation-in-quotes). */
    @WithDefault("true")
    boolean noPartyAffiliationInQuotes();

    /** P5, MR-5 and MR-6: whether releases before and after a meeting are checked (media.meeting-timing-rules). */
    @WithDefault("true")
    boolean meetingTimingRules();

    /** MR-8: how long after every ward councillor was told a release may be issued. */
    @WithDefault("PT24H")
    Duration leadTime();
}
