//! The two verdict scales: a category's [`Status`] in a policy version, and an item's
//! [`Exposure`] for one member. The rule that maps one to the other lives in `exposure`.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

/// What a policy version says about training content-generating AI on a category.
///
/// Ordered by strength: `Excluded < NotListed < Possibly < Included`, so the highest status
/// across several versions is their `max()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The sources name the category as training data.
    Included,
    /// The sources are uncertain or conflict; the note says why.
    Possibly,
    /// The sources do not name the category for content-generating training.
    NotListed,
    /// The sources say the category is not used.
    Excluded,
}

impl Status {
    /// Every status, strongest first.
    pub const ALL: [Status; 4] = [
        Status::Included,
        Status::Possibly,
        Status::NotListed,
        Status::Excluded,
    ];

    /// The snake_case id used in the policy table and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Included => "included",
            Status::Possibly => "possibly",
            Status::NotListed => "not_listed",
            Status::Excluded => "excluded",
        }
    }

    /// Parses the snake_case id; `None` for anything else.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// The words a reason uses for this status ("included", "possibly included", ...).
    pub fn phrase(self) -> &'static str {
        match self {
            Status::Included => "included",
            Status::Possibly => "possibly included",
            Status::NotListed => "not listed",
            Status::Excluded => "excluded",
        }
    }

    /// The exposure this status gives when the window is not empty (DESIGN §5).
    pub fn exposure(self) -> Exposure {
        match self {
            Status::Included => Exposure::Exposed,
            Status::Possibly => Exposure::Possibly,
            Status::NotListed | Status::Excluded => Exposure::NotExposed,
        }
    }

    fn rank(self) -> u8 {
        match self {
            Status::Excluded => 0,
            Status::NotListed => 1,
            Status::Possibly => 2,
            Status::Included => 3,
        }
    }
}

impl Ord for Status {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank().cmp(&other.rank())
    }
}

impl PartialOrd for Status {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// An item's verdict for one member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Exposure {
    /// LinkedIn's terms name the category and the member was in training while opted in.
    Exposed,
    /// As `Exposed`, but the sources are uncertain for this category.
    Possibly,
    /// Outside every training window, or the category is not listed or excluded.
    NotExposed,
}

impl Exposure {
    /// The snake_case id used in JSON (`exposed`, `possibly`, `not_exposed`).
    pub fn as_str(self) -> &'static str {
        match self {
            Exposure::Exposed => "exposed",
            Exposure::Possibly => "possibly",
            Exposure::NotExposed => "not_exposed",
        }
    }
}
