//! `fraudreport routing`: where reports go, as the authority directory and
//! the routing rules decide it.

use clap::Subcommand;

use crate::config::Settings;
use crate::domain::{CountryCode, country};
use crate::routing::{Directory, route};

/// The `routing` subcommands.
#[derive(Subcommand)]
pub enum Command {
    /// Print the routing decision and its reason for a country (and region).
    Explain {
        /// ISO 3166-1 alpha-2 country of residence, e.g. DE.
        #[arg(long)]
        country: String,
        /// ISO 3166-2 region of residence, e.g. DE-HE.
        #[arg(long)]
        region: Option<String>,
    },
    /// Print one line per ISO 3166-1 country: its authority, or the hub.
    Coverage,
}

/// Runs one `routing` subcommand against the configured directory.
pub fn run(settings: &Settings, cmd: Command) -> anyhow::Result<()> {
    let directory = Directory::load(settings.authority_directory.as_deref())?;
    let out = match cmd {
        Command::Explain { country, region } => explain(settings, &directory, &country, region)?,
        Command::Coverage => coverage(settings, &directory),
    };
    super::print_all(&out);
    Ok(())
}

/// The decision for one residence: its reason, the authority, and who
/// receives the report.
fn explain(
    settings: &Settings,
    directory: &Directory,
    country: &str,
    region: Option<String>,
) -> anyhow::Result<String> {
    let code = CountryCode::parse(country)
        .ok_or_else(|| anyhow::anyhow!("{country} is not an ISO 3166-1 country code"))?;
    let region = region.map(|r| r.to_ascii_uppercase());
    let decision = route(directory, code, region.as_deref());
    let authority = decision.authority_id.as_deref().unwrap_or("none");
    let target = delivered_name(directory, settings, &decision.delivered_to);
    Ok(format!(
        "{}\nauthority: {authority}\ndelivered to: {target}\n",
        decision.reason
    ))
}

/// One line per country: its authority (and how many regions have their
/// own), or the hub.
fn coverage(settings: &Settings, directory: &Directory) -> String {
    let mut out = String::new();
    for code in country::ALL.iter().filter_map(|c| CountryCode::parse(c)) {
        let decision = route(directory, code, None);
        let authority = decision
            .authority_id
            .as_deref()
            .and_then(|id| directory.get(id));
        let target = authority.map_or_else(
            || format!("hub ({})", settings.hub_name),
            |a| format!("{} — {}", a.id, a.name_local),
        );
        let regions = directory.regions_of(code.as_str()).map_or(0, <[_]>::len);
        let by_region = if regions > 0 {
            format!(" (+ {regions} regions)")
        } else {
            String::new()
        };
        out.push_str(&format!("{code}  {target}{by_region}\n"));
    }
    out
}

/// The authority with its intake address, or the hub with its own (or a
/// note that none is set).
fn delivered_name(directory: &Directory, settings: &Settings, id: &str) -> String {
    match directory.get(id) {
        Some(a) => format!("{} ({})", a.id, a.intake_email),
        None => format!(
            "{} ({})",
            settings.hub_name,
            if settings.hub_email.is_empty() {
                "no intake address set"
            } else {
                &settings.hub_email
            }
        ),
    }
}
