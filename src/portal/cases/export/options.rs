//! What an export is asked for: the format (the URL's extension), the
//! TLP label and MISP distribution (default TLP:AMBER, distribution 0),
//! and whether the victims' contact details go in. The box is honoured
//! only for an officer's or lead's own authority's cases: a coordinator's
//! export, or a case of another authority, never carries them.

use serde::Deserialize;

use crate::domain::Role;
use crate::error::PageError;
use crate::export::{Distribution, Kind, Tlp};
use crate::portal::session::Officer;

/// The export form's fields, as sent (in the query string, beside the
/// queue's filters).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Form {
    pub tlp: String,
    pub distribution: String,
    /// `yes` when the box is ticked.
    pub contact: String,
}

/// The export's options, validated.
#[derive(Debug, Clone)]
pub struct Options {
    pub kind: Kind,
    pub tlp: Tlp,
    pub distribution: Distribution,
    /// The authority whose cases carry their victims' contact details:
    /// the exporting officer's own, when the box was ticked.
    pub contact_for: Option<String>,
}

/// Whether `officer` may receive the contact details of `authority`'s cases.
fn may_see_contacts(officer: &Officer, authority: &str) -> bool {
    matches!(officer.role(), Role::Officer | Role::Lead) && officer.authority() == Some(authority)
}

impl Options {
    /// Reads the URL's extension and the form; a format, label or level
    /// that does not parse is "not found", like a reference that does not.
    pub fn of(officer: &Officer, extension: &str, asked: &Form) -> Result<Options, PageError> {
        let or_default = |text: &str, default: &'static str| {
            let text = text.trim();
            if text.is_empty() { default } else { text }.to_string()
        };
        let contact_for = officer
            .authority()
            .filter(|a| asked.contact == "yes" && may_see_contacts(officer, a))
            .map(str::to_string);
        Ok(Options {
            kind: Kind::from_extension(extension).ok_or(PageError::NotFound)?,
            tlp: or_default(&asked.tlp, "amber")
                .parse()
                .map_err(|_| PageError::NotFound)?,
            distribution: or_default(&asked.distribution, "0")
                .parse()
                .map_err(|_| PageError::NotFound)?,
            contact_for,
        })
    }

    /// Whether the cases of `authority` carry their contact details.
    pub fn contact_of(&self, authority: Option<&str>) -> bool {
        self.contact_for.is_some() && self.contact_for.as_deref() == authority
    }

    /// The audit log's account of the options (never a value of a case).
    pub fn audit_detail(&self, contact: bool) -> String {
        format!(
            "format={} tlp={} distribution={} contact={}",
            self.kind,
            self.tlp,
            self.distribution,
            if contact { "yes" } else { "no" }
        )
    }
}

/// A file name of only letters, digits, `-` and `.`: `stem.extension`.
pub fn file_name(stem: &str, kind: Kind) -> String {
    let safe: String = stem
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("{safe}.{}", kind.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_only_safe_characters() {
        assert_eq!(
            file_name("case-K7M3\"; x=/../", Kind::Misp),
            "case-K7M3x.misp.json"
        );
    }
}
