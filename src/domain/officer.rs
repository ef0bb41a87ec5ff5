//! Who works in the police portal, and what each role may see and do.

use std::fmt;

/// A portal account's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Works one authority's cases.
    Officer,
    /// An officer who also manages the authority's officers and reads its
    /// audit log.
    Lead,
    /// The deployment's hub: every case; re-routes any case.
    Coordinator,
    /// Accounts and authorities; never any case content.
    Admin,
}

impl Role {
    /// Every role, in the order forms list them.
    pub const ALL: [Role; 4] = [Role::Officer, Role::Lead, Role::Coordinator, Role::Admin];

    /// Reads the stored form.
    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Officer => "officer",
            Role::Lead => "lead",
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
        }
    }

    /// Officers and leads belong to one authority; the others to none.
    pub fn needs_authority(self) -> bool {
        matches!(self, Role::Officer | Role::Lead)
    }

    /// Reads case content (victims' reports) at all.
    pub fn reads_cases(self) -> bool {
        self != Role::Admin
    }

    /// Creates and deactivates accounts (a lead only for its authority).
    pub fn manages_accounts(self) -> bool {
        matches!(self, Role::Lead | Role::Admin)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a case stands in its authority's work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseStatus {
    New,
    InReview,
    ComplaintFiled,
    Forwarded,
    NoAction,
    Closed,
}

impl CaseStatus {
    /// Every status, in the order of the work.
    pub const ALL: [CaseStatus; 6] = [
        CaseStatus::New,
        CaseStatus::InReview,
        CaseStatus::ComplaintFiled,
        CaseStatus::Forwarded,
        CaseStatus::NoAction,
        CaseStatus::Closed,
    ];

    /// Reads the stored form.
    pub fn parse(text: &str) -> Option<CaseStatus> {
        CaseStatus::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The stored form (also the URL's filter value).
    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::New => "new",
            CaseStatus::InReview => "in_review",
            CaseStatus::ComplaintFiled => "complaint_filed",
            CaseStatus::Forwarded => "forwarded",
            CaseStatus::NoAction => "no_action",
            CaseStatus::Closed => "closed",
        }
    }

    /// The statuses a case in this one may move to. Nothing goes back to
    /// "new"; a closed case is reopened into review.
    pub fn next(self) -> &'static [CaseStatus] {
        use CaseStatus::*;
        match self {
            New => &[InReview, ComplaintFiled, Forwarded, NoAction, Closed],
            InReview => &[ComplaintFiled, Forwarded, NoAction, Closed],
            ComplaintFiled | Forwarded | NoAction => &[InReview, Closed],
            Closed => &[InReview],
        }
    }

    /// Whether moving from this status to `to` is allowed.
    pub fn may_become(self, to: CaseStatus) -> bool {
        self.next().contains(&to)
    }
}

impl fmt::Display for CaseStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_statuses_read_back_as_themselves() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        for s in CaseStatus::ALL {
            assert_eq!(CaseStatus::parse(&s.to_string()), Some(s));
        }
        assert_eq!(Role::parse("root"), None);
        assert_eq!(CaseStatus::parse("deleted"), None);
    }

    #[test]
    fn a_closed_case_can_only_be_reopened_and_nothing_returns_to_new() {
        assert_eq!(CaseStatus::Closed.next(), &[CaseStatus::InReview]);
        for s in CaseStatus::ALL {
            assert!(!s.may_become(CaseStatus::New));
            assert!(!s.may_become(s), "{s} to itself is not a change");
        }
    }
}
