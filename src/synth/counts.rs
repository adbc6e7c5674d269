//! How many rows each file family gets: a few of everything ([`Counts::small`]) or a realistic
//! mix scaled to a target size ([`Counts::scaled`]).
//!
//! One row here is one item of docs/items.md, except where a field says otherwise. Families a
//! format era does not have (e.g. `shares` in a Basic 2023 export) are ignored by that era.

use super::Era;

macro_rules! counts {
    ($( $(#[$doc:meta])* $name:ident : $small:expr, $reference:expr, $capped:expr; )*) => {
        /// Rows per file family.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct Counts {
            $( $(#[$doc])* pub $name: u64, )*
        }

        impl Counts {
            /// A few rows of everything: every file family appears, every quirk has room.
            pub fn small() -> Counts {
                Counts { $( $name: $small, )* }
            }

            /// The mix of an (improbably busy) member whose export is about 1 GiB uncompressed.
            pub fn reference() -> Counts {
                Counts { $( $name: $reference, )* }
            }

            /// Every family's name (as in `--name N` options) and count.
            pub fn list(&self) -> Vec<(&'static str, u64)> {
                vec![ $( (stringify!($name), self.$name), )* ]
            }

            /// Sets the family called `name`; false when no family has that name.
            pub fn set(&mut self, name: &str, n: u64) -> bool {
                match name {
                    $( stringify!($name) => { self.$name = n; true } )*
                    _ => false,
                }
            }

            /// The reference mix times `factor` (at least 1 where the reference has any);
            /// per-person families (profile entries, phone numbers, …) never exceed the
            /// reference.
            pub fn times(factor: f64) -> Counts {
                let f = |r: u64, capped: bool| -> u64 {
                    if r == 0 {
                        return 0;
                    }
                    let n = ((r as f64) * factor).round().max(1.0) as u64;
                    if capped { n.min(r) } else { n }
                };
                Counts { $( $name: f($reference, $capped), )* }
            }
        }
    };
}

counts! {
    /// `messages.csv` rows.
    messages: 12, 2_000_000, false;
    /// Rows of `guide_messages.csv` (AI-assistant chats).
    ai_chats: 3, 2_000, false;
    /// `Invitations.csv` rows.
    invitations: 4, 3_000, false;
    /// `Recommendations_Given.csv` rows.
    recommendations_given: 2, 30, false;
    /// `Recommendations_Received.csv` rows.
    recommendations_received: 2, 40, false;
    /// `Shares.csv` rows (posts).
    shares: 8, 100_000, false;
    /// `InstantReposts_<n>.csv` rows (2026 only).
    instant_reposts: 2, 10_000, false;
    /// `Comments.csv` rows.
    comments: 8, 300_000, false;
    /// `Reactions.csv` rows.
    reactions: 5, 1_000_000, false;
    /// `Votes.csv` rows.
    votes: 3, 5_000, false;
    /// `Rich_Media.csv` rows (`Rich Media.csv` of 2023 always has its two fixed rows).
    rich_media: 4, 20_000, false;
    /// `Articles/Articles/*.html` files (even index published, odd index draft).
    articles: 2, 500, false;
    /// `Endorsement_Given_Info.csv` rows.
    endorsements_given: 2, 3_000, false;
    /// `Endorsement_Received_Info.csv` rows.
    endorsements_received: 2, 5_000, false;
    /// `Positions.csv` rows.
    positions: 3, 15, true;
    /// `Education.csv` rows.
    education: 2, 5, true;
    /// `Skills.csv` rows.
    skills: 4, 50, true;
    /// `Certifications.csv` rows.
    certifications: 2, 20, true;
    /// `Courses.csv` rows.
    courses: 2, 20, true;
    /// `Honors.csv` rows.
    honors: 2, 10, true;
    /// `Languages.csv` rows.
    languages: 2, 5, true;
    /// `Projects.csv` rows.
    projects: 2, 20, true;
    /// `Publications.csv` rows.
    publications: 2, 15, true;
    /// `Patents.csv` rows (2026 only; header inferred, not observed).
    patents: 1, 3, true;
    /// `Organizations.csv` rows.
    organizations: 2, 5, true;
    /// `Volunteering.csv` rows.
    volunteering: 2, 5, true;
    /// `Causes You Care About.csv` rows.
    causes: 2, 8, true;
    /// `Test Scores.csv` rows (2026 only; header inferred, not observed).
    test_scores: 1, 3, true;
    /// `Member Hashtags.csv` rows.
    member_hashtags: 2, 5, true;
    /// `Job Applicant Saved Screening Question Responses*.csv` rows (split over parts).
    screening_answers: 6, 200, false;
    /// `Jobs/Job Applicant Saved Answers.csv` rows.
    saved_answers: 2, 50, false;
    /// `Private_identity_asset.csv` rows (résumé texts).
    identity_assets: 1, 5, true;
    /// `Jobs/Job Applications.csv` rows.
    job_applications: 2, 500, false;
    /// `Jobs/Saved Jobs.csv` rows.
    saved_jobs: 2, 2_000, false;
    /// `SavedJobAlerts.csv` rows.
    job_alerts: 2, 50, false;
    /// `Online Job Postings.csv` rows.
    job_postings: 1, 20, false;
    /// `SearchQueries.csv` rows.
    search_queries: 5, 200_000, false;
    /// `Learning.csv` rows.
    learning: 3, 2_000, false;
    /// `Connections.csv` rows (including date-only rows).
    connections: 20, 30_000, false;
    /// `Member_Follows.csv` rows.
    member_follows: 3, 5_000, false;
    /// `Company Follows.csv` rows.
    company_follows: 3, 2_000, false;
    /// `Hashtag_Follows.csv` rows.
    hashtag_follows: 2, 500, false;
    /// `Contacts.csv` / `ImportedContacts.csv` rows.
    contacts: 3, 5_000, false;
    /// `Calendar.csv` rows.
    calendar: 1, 5, true;
    /// `Events.csv` rows.
    events: 2, 300, false;
    /// `Inferences_about_you.csv` rows.
    inferences: 3, 50, true;
    /// `Ads Clicked.csv` rows.
    ads_clicked: 3, 20_000, false;
    /// `LAN Ads Engagement.csv` rows.
    lan_ads: 3, 50_000, false;
    /// `Email Addresses.csv` rows.
    emails: 2, 5, true;
    /// `PhoneNumbers.csv` rows with a number (plus all-empty `,,` rows when quirky).
    phone_numbers: 1, 4, true;
    /// `Whatsapp Phone Numbers.csv` rows.
    whatsapp: 1, 2, true;
    /// `Logins.csv` rows.
    logins: 4, 50_000, false;
    /// `Security Challenges.csv` rows.
    security_challenges: 2, 500, false;
    /// `Verifications/Verifications.csv` rows.
    verifications: 1, 2, true;
    /// `Receipts_v2.csv` (and legacy `Receipts.csv`) rows.
    receipts: 2, 100, false;
    /// `Services Marketplace/Providers.csv` rows (2023 only).
    providers: 1, 3, true;
    /// `Saved_Items.csv` rows (a real file that counts as `unknown`: no items).
    saved_items: 2, 3_000, false;
    /// `Duolingo.csv` rows (a real file that counts as `unknown`: no items).
    duolingo: 1, 2, true;
}

/// Uncompressed bytes of [`Counts::reference`] in the 2026 era with quirks (measured).
pub const REFERENCE_BYTES: u64 = 1_086_215_661;

impl Counts {
    /// A realistic mix whose output is about `target_uncompressed_bytes` in the 2026 era (the
    /// same counts give about 12% less in the 2024 era and 37% less in Basic 2023, which has no
    /// public content; see [`Counts::scaled_for`]).
    pub fn scaled(target_uncompressed_bytes: u64) -> Counts {
        Counts::times(target_uncompressed_bytes as f64 / REFERENCE_BYTES as f64)
    }

    /// A realistic mix whose output is about `target_uncompressed_bytes` in `era` (with quirks).
    pub fn scaled_for(era: Era, target_uncompressed_bytes: u64) -> Counts {
        Counts::times(target_uncompressed_bytes as f64 / reference_bytes(era) as f64)
    }
}

/// Uncompressed bytes of [`Counts::reference`] per era, with quirks (measured).
pub fn reference_bytes(era: Era) -> u64 {
    match era {
        Era::Basic2023 => 682_562_002,
        Era::Complete2024 => 955_751_716,
        Era::Complete2026 => REFERENCE_BYTES,
    }
}

impl Default for Counts {
    fn default() -> Counts {
        Counts::small()
    }
}
