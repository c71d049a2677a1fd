-- Version 8: brute-force protection for signing in (issue 9). The token endpoint of the API and the console's
-- login form count failed attempts per account and per client address; too many within the window lock the
-- account or the address for a while. An admin lifts a lock early through the API.

-- Every attempt, kept for the audit trail: who tried which account from where, and how it ended.
create table login_attempts (
    id             bigserial primary key,
    -- As typed, at most 100 characters (the length of users.username); it may name no account at all.
    username       varchar(100) not null,
    client_address varchar(100) not null,
    channel        varchar(10)  not null,
    outcome        varchar(10)  not null,
    attempted_at   timestamptz  not null default now(),
    constraint login_attempts_channel_check check (channel in ('api', 'console')),
    -- throttled: refused unchecked because the account or the address was locked.
    constraint login_attempts_outcome_check check (outcome in ('success', 'failure', 'throttled'))
);
create index login_attempts_username_idx on login_attempts (username, attempted_at);
create index login_attempts_address_idx on login_attempts (client_address, attempted_at);

-- The failures counted against one account or one client address in the current window, and the lock they led
-- to. One row per subject, updated in one statement per failure, so concurrent attempts cannot undercount.
create table login_throttles (
    subject_kind     varchar(10)  not null,
    subject          varchar(100) not null,
    failures         integer      not null,
    window_started_at timestamptz not null,
    locked_until     timestamptz,
    primary key (subject_kind, subject),
    constraint login_throttles_kind_check check (subject_kind in ('account', 'address'))
);
