//! The export form of the queue and case pages (`portal/export.html`): a
//! plain GET form, one button per format (each sends the form to its own
//! URL), the TLP label, the MISP distribution and, for officers and leads,
//! the box for the victims' contact details. Works without JavaScript.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use crate::domain::Role;
use crate::export::{Distribution, Kind, Tlp};
use crate::portal::cases::detail::Choice;

/// What the form shows.
pub struct ExportForm {
    /// Where the form goes on Enter: the first format's URL.
    pub action: String,
    /// Each format's URL: the action followed by the extension.
    pub buttons: Vec<(String, String)>,
    /// Fields sent along unchanged (the queue's filters).
    pub hidden: Vec<(String, String)>,
    pub tlps: Vec<Choice>,
    pub distributions: Vec<Choice>,
    /// Officers and leads get the box; coordinators are told they never do.
    pub contact_offered: bool,
    /// The sentence under the heading.
    pub intro: String,
}

const TLPS: [(Tlp, &str); 5] = [
    (Tlp::Clear, "portal-export-tlp-clear"),
    (Tlp::Green, "portal-export-tlp-green"),
    (Tlp::Amber, "portal-export-tlp-amber"),
    (Tlp::AmberStrict, "portal-export-tlp-amber-strict"),
    (Tlp::Red, "portal-export-tlp-red"),
];

const DISTRIBUTIONS: [(Distribution, &str); 4] = [
    (Distribution::Organisation, "portal-export-distribution-0"),
    (Distribution::Community, "portal-export-distribution-1"),
    (Distribution::Connected, "portal-export-distribution-2"),
    (Distribution::All, "portal-export-distribution-3"),
];

/// The name of a format on its button.
fn format_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Csv => "CSV",
        Kind::Json => "JSON",
        Kind::Misp => "MISP",
        Kind::Stix => "STIX 2.1",
    }
}

impl ExportForm {
    /// The queue's form: the filters of `query` (a query string) go along.
    pub fn queue(l: &FluentLanguageLoader, role: Role, query: &str) -> ExportForm {
        let hidden = serde_urlencoded::from_str(query).unwrap_or_default();
        let intro = fl!(l, "portal-export-intro-queue");
        ExportForm::new(l, role, ("/portal/cases.", intro), hidden)
    }

    /// The case page's form.
    pub fn case(l: &FluentLanguageLoader, role: Role, reference: &str) -> ExportForm {
        let action = format!("/portal/cases/{reference}/export.");
        let intro = fl!(l, "portal-export-intro-case");
        ExportForm::new(l, role, (&action, intro), Vec::new())
    }

    /// The form sending to `{action}{extension}`.
    fn new(
        l: &FluentLanguageLoader,
        role: Role,
        (action, intro): (&str, String),
        hidden: Vec<(String, String)>,
    ) -> ExportForm {
        let choice = |value: &str, id: &str, selected: bool| Choice {
            value: value.to_string(),
            label: l.get(id),
            selected,
        };
        let buttons: Vec<(String, String)> = Kind::ALL
            .into_iter()
            .map(|k| {
                let label = fl!(l, "portal-export-as", format = format_name(k));
                (format!("{action}{}", k.extension()), label)
            })
            .collect();
        ExportForm {
            action: format!("{action}{}", Kind::Csv.extension()),
            buttons,
            hidden,
            tlps: TLPS
                .iter()
                .map(|(t, id)| choice(t.as_str(), id, *t == Tlp::Amber))
                .collect(),
            distributions: DISTRIBUTIONS
                .iter()
                .map(|(d, id)| choice(d.as_str(), id, *d == Distribution::Organisation))
                .collect(),
            contact_offered: matches!(role, Role::Officer | Role::Lead),
            intro,
        }
    }
}
