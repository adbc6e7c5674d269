//! The exposure engine of `linkedin-exposure`: the versioned AI-training policy table, the
//! exposure rule of DESIGN §5, and the member's country.
//!
//! - [`policy`] loads and checks the TOML policy table (the built-in one or a user's own);
//! - [`exposure`] applies the rule to one member and judges items without allocating;
//! - [`country`] normalises ISO codes, groups countries into regions and reads `Profile.csv`'s
//!   Geo Location.
//!
//! What this crate leaves to others: reading the export, turning an item's UTC timestamp into a
//! [`chrono::NaiveDate`] (the UTC day), rendering verdicts, and warning when the country had to
//! be defaulted.

#![warn(missing_docs)]

pub mod country;
mod country_names;
pub mod detect;
pub mod exposure;
mod places;
pub mod policy;
mod policy_error;
pub mod sources;
pub mod status;

#[cfg(test)]
mod tests;

pub use exposure::{Member, MemberPolicy};
pub use policy::{CategoryRule, Policy, Region, Version};
pub use policy_error::{PolicyError, PolicyErrorKind};
pub use status::{Exposure, Status};

/// The category ids of DESIGN §4, in the order of the main crate's `enum Category`: the
/// position of an id is the `usize` that [`MemberPolicy::judge`] takes.
pub const CATEGORY_IDS: [&str; 21] = [
    "posts",
    "articles",
    "comments",
    "poll_votes",
    "reactions",
    "media",
    "messages",
    "ai_chats",
    "invitations",
    "recommendations_given",
    "recommendations_received",
    "endorsements",
    "profile",
    "saved_answers",
    "job_applications",
    "job_search",
    "search_queries",
    "learning",
    "network",
    "ads_inferences",
    "account",
];

/// The position of a category id in [`CATEGORY_IDS`], or `None` for an unknown id.
pub fn category_index(id: &str) -> Option<usize> {
    CATEGORY_IDS.iter().position(|c| *c == id)
}
