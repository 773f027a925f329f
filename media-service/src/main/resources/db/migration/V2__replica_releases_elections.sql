-- Directory replica: who holds which role on a date (MR-1, MR-2), their group (MR-3, MR-11).
create table councillor_replica (
    id              varchar(64)   primary key,
    display_name    varchar(200)  not null,
    email           varchar(320)  not null,
    group_code      varchar(20),
    status          varchar(20)   not null,
    roles           jsonb         not null default '[]',
    ward_codes      jsonb         not null default '[]'
);

create table group_replica (
    code            varchar(20)   primary key,
    name            varchar(200)  not null,
    leader_id       varchar(64)
);

-- Media releases and their workflow (SPEC §4).
create table media_release (
    id                    uuid          primary key,
    title                 varchar(300)  not null,
    body                  text          not null,
    quotes                jsonb         not null default '[]',
    contacts              jsonb         not null default '[]',
    meeting               jsonb,
    ward_codes            jsonb         not null default '[]',
    controversial         boolean       not null default false,
    purpose               varchar(30)   not null,
    party_names_attested  boolean       not null default false,
    planned_issue_at      timestamptz,
    status                varchar(20)   not null,
    version               integer       not null,
    rule_report           jsonb,
    created_by            varchar(200)  not null,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    issued_at             timestamptz,
    -- MR-8: when ward-notify reported every ward councillor told, and the matter it used
    wards_told_at         timestamptz,
    notify_matter_id      varchar(64)
);
create index media_release_by_status on media_release (status);

create table release_transition (
    id              bigserial     primary key,
    release_id      uuid          not null references media_release (id),
    at              timestamptz   not null,
    actor           varchar(200)  not null,
    role            varchar(40)   not null,
    from_status     varchar(20),
    to_status       varchar(20)   not null,
    why             varchar(2000),
    rule_report     jsonb
);
create index release_transition_by_release on release_transition (release_id, id);

-- MR-7: pre-election periods.
create table election_period (
    id                  uuid          primary key,
    name                varchar(200)  not null,
    notice_published_on date          not null,
    polling_day         date          not null,
    scope_all           boolean       not null,
    ward_codes          jsonb         not null default '[]'
);

-- MR-11: media events involving councillors, and who was invited.
create table media_event (
    id              uuid          primary key,
    title           varchar(300)  not null,
    at              timestamptz   not null,
    councillor_ids  jsonb         not null,
    invited         jsonb         not null,
    created_by      varchar(200)  not null,
    created_at      timestamptz   not null
);
