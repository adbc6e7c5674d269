//! The data model every stage shares: categories, items and warnings.
//!
//! Parsing fills these in (`export`), classification reads them (`classify`), and the
//! summary folds them (`summary`). Nothing here does I/O.

use std::fmt;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;

macro_rules! categories {
    ($($variant:ident => $id:literal,)*) => {
        /// A category of the member's data (DESIGN §4). The order is the contract's order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Category { $($variant,)* }

        impl Category {
            /// Every category, in the order of DESIGN §4.
            pub const ALL: &'static [Category] = &[$(Category::$variant,)*];

            /// The category's contract id, such as `poll_votes`.
            pub fn id(self) -> &'static str {
                match self { $(Category::$variant => $id,)* }
            }

            /// The category for a contract id.
            pub fn from_id(id: &str) -> Option<Category> {
                match id { $($id => Some(Category::$variant),)* _ => None }
            }
        }
    };
}

categories! {
    Posts => "posts",
    Articles => "articles",
    Comments => "comments",
    PollVotes => "poll_votes",
    Reactions => "reactions",
    Media => "media",
    Messages => "messages",
    AiChats => "ai_chats",
    Invitations => "invitations",
    RecommendationsGiven => "recommendations_given",
    RecommendationsReceived => "recommendations_received",
    Endorsements => "endorsements",
    Profile => "profile",
    SavedAnswers => "saved_answers",
    JobApplications => "job_applications",
    JobSearch => "job_search",
    SearchQueries => "search_queries",
    Learning => "learning",
    Network => "network",
    AdsInferences => "ads_inferences",
    Account => "account",
}

impl Category {
    /// The number of categories.
    pub const COUNT: usize = Category::ALL.len();

    /// Whether this category is content the member wrote for others to read: the categories the
    /// headline of a report speaks of.
    pub fn is_authored_content(self) -> bool {
        matches!(
            self,
            Category::Posts | Category::Articles | Category::Comments | Category::PollVotes
        )
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One record of the member's data: one CSV row, or one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The category the file belongs to.
    pub category: Category,
    /// The path of the file inside the export.
    pub file: Arc<str>,
    /// The 1-based physical line where the record starts (1 for an article).
    pub line: u64,
    /// When the record was made, in UTC, where the file says.
    pub date: Option<DateTime<Utc>>,
    /// The record's own link, where it has one.
    pub url: Option<String>,
    /// The free text written in the record; may be empty.
    pub text: String,
    /// Unicode words (UAX #29) in `text`.
    pub words: u64,
}

impl Item {
    /// Builds an item, counting the words of its text.
    pub fn new(
        category: Category,
        file: Arc<str>,
        line: u64,
        date: Option<DateTime<Utc>>,
        url: Option<String>,
        text: String,
    ) -> Item {
        let words = count_words(&text);
        Item {
            category,
            file,
            line,
            date,
            url,
            text,
            words,
        }
    }
}

pub use crate::words::count_words;

/// Something in the export that could not be read as it should: a file and, where known, the
/// line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Warning {
    /// The path inside the export, or the export itself.
    pub file: String,
    /// The 1-based line, where the problem has one.
    pub line: Option<u64>,
    /// What went wrong, and what was done about it.
    pub message: String,
    /// Whether data was skipped or may be misread because of it (exit code 3), as opposed to
    /// a note about an assumption or a harmless oddity.
    #[serde(skip)]
    pub partial: bool,
}

impl Warning {
    /// A warning about a line of a file.
    pub fn at(file: &str, line: u64, message: impl Into<String>) -> Warning {
        Warning {
            file: file.to_string(),
            line: Some(line),
            message: message.into(),
            partial: true,
        }
    }

    /// A warning about a whole file.
    pub fn file(file: &str, message: impl Into<String>) -> Warning {
        Warning {
            file: file.to_string(),
            line: None,
            message: message.into(),
            partial: true,
        }
    }

    /// Marks the warning as a note: nothing was skipped because of it.
    pub fn note(mut self) -> Warning {
        self.partial = false;
        self
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

pub use crate::classify::{Exposure, Status};

/// Every finding type of DESIGN §6 as (class, type), in a fixed order: bit `i` of a
/// `FindingSet` is `FINDING_TYPES[i]`.
pub const FINDING_TYPES: [(&str, &str); 17] = [
    ("pii", "email"),
    ("pii", "phone"),
    ("pii", "iban"),
    ("pii", "payment_card"),
    ("pii", "ip_address"),
    ("pii", "url"),
    ("pii", "postal_address"),
    ("pii", "national_id"),
    ("special_category", "racial_ethnic_origin"),
    ("special_category", "political_opinions"),
    ("special_category", "religious_beliefs"),
    ("special_category", "trade_union"),
    ("special_category", "genetic"),
    ("special_category", "biometric"),
    ("special_category", "health"),
    ("special_category", "sex_life_orientation"),
    ("people", "names"),
];

/// Which finding types an item holds, one bit per entry of `FINDING_TYPES`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FindingSet(pub u32);

impl FindingSet {
    /// Marks a type by class and type id; unknown pairs are ignored.
    pub fn insert(&mut self, class: &str, kind: &str) {
        if let Some(i) = FINDING_TYPES
            .iter()
            .position(|&(c, k)| c == class && k == kind)
        {
            self.0 |= 1 << i;
        }
    }

    /// The indexes into `FINDING_TYPES` that are set.
    pub fn indexes(self) -> impl Iterator<Item = usize> {
        (0..FINDING_TYPES.len()).filter(move |i| self.0 & (1 << i) != 0)
    }
}
