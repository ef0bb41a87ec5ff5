//! The choices of the queue's filter form, with the officer's current
//! choice selected, and the links of the counts per status.

use i18n_embed::fluent::FluentLanguageLoader;

use super::filters::Params;
use crate::domain::CaseStatus;
use crate::domain::choice::{Answer, PaymentMethod};

/// One `<option>`.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

fn choice(value: &str, label: String, current: &str) -> Choice {
    Choice {
        value: value.to_string(),
        label,
        selected: value == current,
    }
}

/// The form's select lists.
pub struct Choices {
    pub statuses: Vec<Choice>,
    pub recovery: Vec<Choice>,
    pub methods: Vec<Choice>,
    pub languages: Vec<Choice>,
}

impl Choices {
    /// The lists, each with the choice of `p` selected.
    pub fn of(l: &FluentLanguageLoader, p: &Params, languages: &[&'static str]) -> Choices {
        Choices {
            statuses: CaseStatus::ALL
                .into_iter()
                .map(|s| choice(s.as_str(), status_label(l, s), &p.status))
                .collect(),
            recovery: Answer::ALL
                .iter()
                .map(|a| {
                    let label = l.get(&format!("answer-{}", a.as_str()));
                    choice(a.as_str(), label, &p.recovery)
                })
                .collect(),
            methods: PaymentMethod::ALL
                .iter()
                .map(|m| {
                    let label = l.get(&format!("method-{}", m.as_str()));
                    choice(m.as_str(), label, &p.method)
                })
                .collect(),
            languages: languages
                .iter()
                .map(|code| choice(code, (*code).to_string(), &p.lang))
                .collect(),
        }
    }
}

/// A status as officers read it.
pub fn status_label(l: &FluentLanguageLoader, s: CaseStatus) -> String {
    l.get(&format!("portal-status-{}", s.as_str()))
}

/// One count per status, linking to the queue of that status.
pub struct Count {
    pub label: String,
    pub count: i64,
    pub href: String,
    pub current: bool,
}

/// The counts as links that keep the authority filter (coordinators).
pub fn counts(l: &FluentLanguageLoader, p: &Params, counts: Vec<(CaseStatus, i64)>) -> Vec<Count> {
    counts
        .into_iter()
        .map(|(s, count)| {
            let only = Params {
                status: s.as_str().to_string(),
                authority: p.authority.clone(),
                ..Params::default()
            };
            Count {
                label: status_label(l, s),
                count,
                href: format!("/portal/cases?{}", only.query()),
                current: p.status == s.as_str(),
            }
        })
        .collect()
}
