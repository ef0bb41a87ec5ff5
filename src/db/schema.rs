//! Table definitions shared by both backends (kept by hand in step with
//! `migrations/sqlite` and `migrations/postgres`). Columns of victims'
//! contact details, stories and recipient addresses are `Binary`: they hold
//! sealed values ([`crate::seal`]), never clear text.

diesel::table! {
    reports (id) {
        id -> BigInt,
        reference -> Text,
        followup_key -> Binary,
        created_at -> Timestamp,
        locale -> Text,
        contact_email -> Nullable<Binary>,
        contact_phone -> Nullable<Binary>,
        residence_country -> Text,
        first_contact_channel -> Nullable<Text>,
        first_contact_on -> Nullable<Date>,
        platform_name -> Nullable<Text>,
        remote_access -> Nullable<Text>,
        recovery_approach -> Nullable<Text>,
        story -> Nullable<Binary>,
        consent_authority -> Bool,
        consent_warnings -> Bool,
        residence_region -> Nullable<Text>,
        geo_country -> Nullable<Text>,
        geo_region -> Nullable<Text>,
        geo_matches_residence -> Nullable<Bool>,
        authority_id -> Nullable<Text>,
        routed_to -> Text,
        routing_reason -> Text,
        email_confirmed_at -> Nullable<Timestamp>,
        followups_sent -> Integer,
        address_key -> Nullable<Binary>,
        contact_erased_at -> Nullable<Timestamp>,
        status -> Text,
        assignee_id -> Nullable<BigInt>,
        changed_at -> Timestamp,
        session_key -> Nullable<Binary>,
        network_key -> Nullable<Binary>,
    }
}

diesel::table! {
    payments (report_id, position) {
        report_id -> BigInt,
        position -> Integer,
        paid_on -> Nullable<Date>,
        amount_minor -> Nullable<BigInt>,
        currency -> Nullable<Text>,
        method -> Nullable<Text>,
        destination -> Nullable<Text>,
        crypto_asset -> Nullable<Text>,
        /// In the asset's smallest unit, as decimal digits.
        crypto_amount -> Nullable<Text>,
        network -> Nullable<Text>,
        tx_hash -> Nullable<Text>,
        source -> Nullable<Text>,
    }
}

diesel::table! {
    indicators (report_id, kind, normalised) {
        report_id -> BigInt,
        kind -> Text,
        typed -> Text,
        normalised -> Text,
        recovery -> Bool,
        authority_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        report_id -> Nullable<BigInt>,
        kind -> Text,
        locale -> Text,
        recipient -> Binary,
        created_at -> Timestamp,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        state -> Text,
        locked_until -> Nullable<Timestamp>,
        message_id -> Nullable<Text>,
        campaign_id -> Nullable<BigInt>,
        recipient_key -> Nullable<Binary>,
        lease_token -> Nullable<Binary>,
        event_id -> Nullable<BigInt>,
        account_id -> Nullable<BigInt>,
        digest_id -> Nullable<BigInt>,
        cluster_notice_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    tokens (token_key) {
        token_key -> Binary,
        purpose -> Text,
        report_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    suppressions (address_key) {
        address_key -> Binary,
        created_at -> Timestamp,
    }
}

diesel::table! {
    campaigns (id) {
        id -> BigInt,
        name -> Text,
        created_at -> Timestamp,
        fallback_locale -> Text,
        countries -> Nullable<Text>,
        platform -> Nullable<Text>,
        domain -> Nullable<Text>,
        reported_from -> Nullable<Date>,
        reported_until -> Nullable<Date>,
        sent_at -> Nullable<Timestamp>,
        recipients -> Nullable<BigInt>,
        cluster_report_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    campaign_texts (campaign_id, locale) {
        campaign_id -> BigInt,
        locale -> Text,
        subject -> Text,
        body -> Text,
    }
}

diesel::table! {
    accounts (id) {
        id -> BigInt,
        email -> Text,
        name -> Text,
        role -> Text,
        authority_id -> Nullable<Text>,
        locale -> Text,
        password_hash -> Nullable<Text>,
        /// Sealed.
        totp_secret -> Nullable<Binary>,
        totp_last_step -> Nullable<BigInt>,
        created_at -> Timestamp,
        enrolled_at -> Nullable<Timestamp>,
        deactivated_at -> Nullable<Timestamp>,
        password_changed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    account_tokens (token_key) {
        token_key -> Binary,
        purpose -> Text,
        account_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    recovery_codes (account_id, code_hash) {
        account_id -> BigInt,
        code_hash -> Binary,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sessions (token_hash) {
        token_hash -> Binary,
        account_id -> BigInt,
        stage -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        ended_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_throttle (subject) {
        subject -> Binary,
        failures -> Integer,
        last_failure_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> Timestamp,
        account_id -> Nullable<BigInt>,
        action -> Text,
        authority_id -> Nullable<Text>,
        report_id -> Nullable<BigInt>,
        detail -> Text,
        prev_hash -> Binary,
        hash -> Binary,
    }
}

diesel::table! {
    audit_head (id) {
        id -> Integer,
        last_id -> BigInt,
        last_hash -> Binary,
    }
}

diesel::table! {
    case_events (id) {
        id -> BigInt,
        report_id -> BigInt,
        at -> Timestamp,
        account_id -> Nullable<BigInt>,
        kind -> Text,
        status -> Nullable<Text>,
        authority_id -> Nullable<Text>,
        /// Sealed.
        body -> Nullable<Binary>,
    }
}

diesel::table! {
    authority_settings (authority_id) {
        authority_id -> Text,
        daily_digest -> Bool,
        digest_sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// Each case's total paid per currency, with its authority ('' for the
    /// hub), kept by triggers on `payments` and `reports`.
    report_totals (report_id, currency) {
        report_id -> BigInt,
        currency -> Text,
        total_minor -> BigInt,
        authority_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// The window of cases a daily digest lists.
    digests (id) {
        id -> BigInt,
        authority_id -> Text,
        since -> Timestamp,
        until -> Timestamp,
    }
}

diesel::table! {
    /// Cases per authority ('' for the hub) and status, kept by triggers
    /// on `reports`.
    case_counts (authority_id, status) {
        authority_id -> Text,
        status -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    demo_seeds (id) {
        id -> BigInt,
        created_at -> Timestamp,
        first_report_id -> Nullable<BigInt>,
        last_report_id -> Nullable<BigInt>,
        reports -> BigInt,
    }
}

diesel::table! {
    link_keys (id) {
        id -> BigInt,
        kind -> Text,
        value -> Text,
        reports -> BigInt,
        cluster_id -> Nullable<BigInt>,
        manual -> Nullable<Text>,
    }
}

diesel::table! {
    report_keys (key_id, report_id) {
        key_id -> BigInt,
        report_id -> BigInt,
    }
}

diesel::table! {
    cluster_values (cluster_id, kind, value) {
        cluster_id -> BigInt,
        kind -> Text,
        value -> Text,
        reports -> BigInt,
    }
}

diesel::table! {
    link_queue (report_id) {
        report_id -> BigInt,
    }
}

diesel::table! {
    report_clusters (report_id) {
        report_id -> BigInt,
        cluster_id -> BigInt,
    }
}

diesel::table! {
    clusters (id) {
        id -> BigInt,
        reports -> BigInt,
        summarised -> Bool,
    }
}

diesel::table! {
    cluster_summaries (cluster_id) {
        cluster_id -> BigInt,
        reports -> BigInt,
        countries -> BigInt,
        authorities -> BigInt,
        first_at -> Timestamp,
        last_at -> Timestamp,
    }
}

diesel::table! {
    cluster_counts (cluster_id, dimension, value) {
        cluster_id -> BigInt,
        dimension -> Text,
        value -> Text,
        reports -> BigInt,
    }
}

diesel::table! {
    cluster_losses (cluster_id, currency) {
        cluster_id -> BigInt,
        currency -> Text,
        total_minor -> BigInt,
    }
}

diesel::table! {
    cluster_names (id) {
        id -> BigInt,
        report_id -> BigInt,
        name -> Text,
        named_at -> Timestamp,
        account_id -> Nullable<BigInt>,
        victims -> BigInt,
        countries -> BigInt,
    }
}

diesel::table! {
    cluster_notices (id) {
        id -> BigInt,
        cluster_name_id -> BigInt,
        authority_id -> Text,
        reports -> BigInt,
    }
}

diesel::table! {
    linkage_state (id) {
        id -> Integer,
        rebuild_due -> Bool,
        rekey_due -> Bool,
        rebuilt_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(payments -> reports (report_id));
diesel::joinable!(case_events -> reports (report_id));
diesel::joinable!(sessions -> accounts (account_id));
diesel::joinable!(recovery_codes -> accounts (account_id));
diesel::joinable!(account_tokens -> accounts (account_id));
diesel::joinable!(indicators -> reports (report_id));
diesel::joinable!(report_keys -> link_keys (key_id));
diesel::joinable!(report_clusters -> reports (report_id));
diesel::joinable!(link_queue -> reports (report_id));
diesel::joinable!(outbox -> reports (report_id));
diesel::joinable!(tokens -> reports (report_id));
diesel::joinable!(campaign_texts -> campaigns (campaign_id));
diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        authority_id -> Text,
        name -> Text,
        token_key -> Binary,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        revoked_by -> Nullable<BigInt>,
        last_used_at -> Nullable<Timestamp>,
        partner -> Bool,
    }
}

diesel::table! {
    check_listings (kind, value) {
        kind -> Text,
        value -> Text,
        state -> Text,
        note -> Text,
        changed_by -> Nullable<BigInt>,
        changed_at -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    api_tokens,
    check_listings,
    reports,
    payments,
    indicators,
    outbox,
    tokens,
    suppressions,
    campaigns,
    campaign_texts,
    accounts,
    account_tokens,
    recovery_codes,
    sessions,
    login_throttle,
    audit_log,
    audit_head,
    case_events,
    authority_settings,
    case_counts,
    digests,
    report_totals,
    link_keys,
    report_keys,
    report_clusters,
    link_queue,
    cluster_values,
    clusters,
    cluster_summaries,
    cluster_counts,
    cluster_losses,
    cluster_names,
    cluster_notices,
    linkage_state,
    demo_seeds
);

diesel::allow_columns_to_appear_in_same_group_by_clause!(
    report_keys::key_id,
    reports::authority_id,
    reports::residence_country,
);
