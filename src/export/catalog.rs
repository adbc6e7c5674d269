//! The catalog: which LinkedIn file an entry is, and how to read it.
//!
//! Knows file names, categories and column names (docs/items.md); knows nothing about bytes,
//! archives or parsing, which `archive` and the readers of this module's siblings do.

use crate::model::Category;

/// How a file's bytes become records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// Standard CSV (RFC 4180), header found by content.
    Csv,
    /// Line-oriented reading where each record starts with a timestamp; tolerant of LinkedIn's
    /// broken quoting (format notes §3.2, §3.3, §3.4).
    Dated(Dated),
    /// An article page (`Articles/Articles/*.html`).
    Article,
}

/// The families read line by line from their record-start timestamps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    /// `Shares.csv`: RFC doubling, then the per-line quote wrapping undone.
    Shares,
    /// `Comments.csv`: `\"` or `""` escapes, or no quoting at all (2024); the message absorbs
    /// the rest of the record.
    Comments,
    /// `SearchQueries.csv`: unquoted commas in the query; the query absorbs the rest.
    SearchQueries,
}

/// A fix applied to a text value after decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    /// Nothing to fix.
    None,
    /// `Rich_Media.csv`: a lone `-` means no description.
    DashIsEmpty,
}

/// What the catalog knows of one file family.
#[derive(Debug)]
pub struct Spec {
    /// Base names, lower case, without `.csv` and without a `_<digits>` suffix.
    pub names: &'static [&'static str],
    /// The category the family's items belong to.
    pub category: Category,
    /// How to read it.
    pub reader: Reader,
    /// Column names that identify the header row (any one suffices).
    pub header: &'static [&'static str],
    /// Date columns, first non-empty one wins.
    pub date: &'static [&'static str],
    /// URL columns, first non-empty one wins.
    pub url: &'static [&'static str],
    /// Text columns, non-empty values joined with `\n`.
    pub text: &'static [&'static str],
    /// A fix for text values.
    pub fix: Fix,
}

macro_rules! spec {
    ($names:expr, $cat:ident, $reader:expr, header $header:expr, date $date:expr, url $url:expr, text $text:expr) => {
        spec!($names, $cat, $reader, header $header, date $date, url $url, text $text, Fix::None)
    };
    ($names:expr, $cat:ident, $reader:expr, header $header:expr, date $date:expr, url $url:expr, text $text:expr, $fix:expr) => {
        Spec {
            names: &$names,
            category: Category::$cat,
            reader: $reader,
            header: &$header,
            date: &$date,
            url: &$url,
            text: &$text,
            fix: $fix,
        }
    };
}

const CSV: Reader = Reader::Csv;
const MESSAGE_COLS: [&str; 4] = ["CONVERSATION ID", "FROM", "DATE", "CONTENT"];

/// Every file family of DESIGN §4, with the columns of docs/items.md.
pub static SPECS: &[Spec] = &[
    spec!(["shares"], Posts, Reader::Dated(Dated::Shares), header ["ShareLink", "ShareCommentary"], date ["Date"], url ["ShareLink"], text ["ShareCommentary"]),
    spec!(["instantreposts", "instantreosts"], Posts, CSV, header ["Link", "Date"], date ["Date"], url ["Link"], text []),
    spec!(["comments"], Comments, Reader::Dated(Dated::Comments), header ["Message", "Link"], date ["Date"], url ["Link"], text ["Message"]),
    spec!(["votes"], PollVotes, CSV, header ["OptionText", "Link"], date ["Date"], url ["Link"], text ["OptionText"]),
    spec!(["reactions"], Reactions, CSV, header ["Type", "Link"], date ["Date"], url ["Link"], text []),
    spec!(["rich_media"], Media, CSV, header ["Date/Time", "Media Description", "Media Link"], date ["Date/Time"], url ["Media Link"], text ["Media Description"], Fix::DashIsEmpty),
    spec!(["rich media"], Media, CSV, header ["Type", "Link", "Date/Time", "Media Link"], date ["Date/Time"], url ["Link", "Media Link"], text ["Media Description"], Fix::DashIsEmpty),
    spec!(["messages"], Messages, CSV, header MESSAGE_COLS, date ["DATE"], url [], text ["SUBJECT", "CONTENT"]),
    spec!(["guide_messages", "coach_messages", "learning_coach_messages", "learning_role_play_messages", "learningcoachmessages"], AiChats, CSV, header MESSAGE_COLS, date ["DATE"], url [], text ["SUBJECT", "CONTENT"]),
    spec!(["invitations"], Invitations, CSV, header ["From", "Sent At", "Direction"], date ["Sent At"], url [], text ["Message"]),
    spec!(["recommendations_given"], RecommendationsGiven, CSV, header ["Text", "Creation Date", "First Name"], date ["Creation Date"], url [], text ["Text"]),
    spec!(["recommendations_received"], RecommendationsReceived, CSV, header ["Text", "Creation Date", "First Name"], date ["Creation Date"], url [], text ["Text"]),
    spec!(["endorsement_given_info", "endorsement_received_info"], Endorsements, CSV, header ["Endorsement Date", "Skill Name"], date ["Endorsement Date"], url [], text []),
    spec!(["profile"], Profile, CSV, header ["First Name", "Headline", "Geo Location"], date [], url [], text ["Headline", "Summary"]),
    spec!(["profile summary"], Profile, CSV, header ["Profile Summary"], date [], url [], text ["Profile Summary"]),
    spec!(["positions"], Profile, CSV, header ["Company Name", "Title", "Started On"], date ["Started On"], url [], text ["Title", "Description"]),
    spec!(["education"], Profile, CSV, header ["School Name", "Degree Name", "Start Date"], date ["Start Date"], url [], text ["Degree Name", "Notes", "Activities"]),
    spec!(["skills"], Profile, CSV, header ["Name"], date [], url [], text ["Name"]),
    spec!(["certifications"], Profile, CSV, header ["Name", "Authority", "Url"], date ["Started On"], url ["Url"], text ["Name"]),
    spec!(["courses"], Profile, CSV, header ["Name", "Number"], date [], url [], text ["Name"]),
    spec!(["honors"], Profile, CSV, header ["Title", "Issued On"], date ["Issued On"], url [], text ["Title", "Description"]),
    spec!(["languages"], Profile, CSV, header ["Name", "Proficiency"], date [], url [], text ["Name"]),
    spec!(["projects"], Profile, CSV, header ["Title", "Description", "Url"], date ["Started On"], url ["Url"], text ["Title", "Description"]),
    spec!(["publications"], Profile, CSV, header ["Name", "Published On", "Publisher"], date ["Published On"], url ["Url"], text ["Name", "Description"]),
    spec!(["patents"], Profile, CSV, header ["Title", "Issued On", "Description", "Url", "Patent Number"], date ["Issued On"], url ["Url"], text ["Title", "Description"]),
    spec!(["organizations"], Profile, CSV, header ["Name", "Position", "Started On"], date ["Started On"], url [], text ["Name", "Position", "Description"]),
    spec!(["volunteering"], Profile, CSV, header ["Company Name", "Role", "Cause"], date ["Started On"], url [], text ["Role", "Description"]),
    spec!(["causes you care about"], Profile, CSV, header ["Supported Cause"], date [], url [], text ["Supported Cause"]),
    spec!(["test scores"], Profile, CSV, header ["Name", "Score", "Date", "Description"], date ["Date"], url [], text ["Name", "Description"]),
    spec!(["member hashtags"], Profile, CSV, header ["Member Posts About Hashtags"], date [], url [], text ["Member Posts About Hashtags"]),
    spec!(["job applicant saved screening question responses", "job applicant saved answers"], SavedAnswers, CSV, header ["Question", "Answer"], date [], url [], text ["Question", "Answer"]),
    spec!(["private_identity_asset"], SavedAnswers, CSV, header ["Private Identity Asset Name", "Private Identity Asset Raw Text"], date [], url [], text ["Private Identity Asset Raw Text"]),
    spec!(["job applications"], JobApplications, CSV, header ["Application Date", "Job Url", "Company Name"], date ["Application Date"], url ["Job Url"], text ["Question And Answers"]),
    spec!(["saved jobs"], JobSearch, CSV, header ["Saved Date", "Job Url"], date ["Saved Date"], url ["Job Url"], text []),
    spec!(["job seeker preferences"], JobSearch, CSV, header ["Locations", "Industries", "Introduction Statement", "Open To Recruiters"], date [], url [], text ["Introduction Statement"]),
    spec!(["savedjobalerts"], JobSearch, CSV, header ["Saved Search Date", "Jobs Search Url", "ALERT_PARAMETERS", "SAVED_SEARCH_ID"], date ["Saved Search Date"], url ["Jobs Search Url"], text []),
    spec!(["online job postings"], JobSearch, CSV, header ["Company Name", "Job Description", "Title"], date ["Create Date"], url ["Company Apply Url"], text ["Company Description", "Job Description"]),
    spec!(["searchqueries"], SearchQueries, Reader::Dated(Dated::SearchQueries), header ["Search Query", "Time"], date ["Time"], url [], text ["Search Query"]),
    spec!(["learning"], Learning, CSV, header ["Content Title", "Content Type"], date ["Content Last Watched Date (if viewed)", "Content Completed At (if completed)"], url [], text ["Notes taken on videos (if taken)"]),
    spec!(["connections"], Network, CSV, header ["First Name", "Connected On"], date ["Connected On"], url ["URL"], text []),
    spec!(["member_follows"], Network, CSV, header ["FullName", "Status", "Date"], date ["Date"], url [], text []),
    spec!(["company follows"], Network, CSV, header ["Organization", "Followed On"], date ["Followed On"], url [], text []),
    spec!(["hashtag_follows"], Network, CSV, header ["HashTag", "CreatedTime", "createdTime"], date ["CreatedTime", "createdTime"], url [], text []),
    spec!(["contacts", "importedcontacts"], Network, CSV, header ["FirstName", "LastName", "CreatedAt", "Emails"], date ["CreatedAt"], url [], text []),
    spec!(["calendar"], Network, CSV, header ["Owner", "Source", "LastSyncedAt"], date ["LastSyncedAt"], url [], text []),
    spec!(["events"], Network, CSV, header ["Event Name", "Event Time"], date ["Event Time"], url ["External Url"], text []),
    spec!(["ad_targeting"], AdsInferences, CSV, header ["Member Age", "Buyer Groups", "Company Names", "Member Interests"], date [], url [], text []),
    spec!(["inferences_about_you"], AdsInferences, CSV, header ["Category", "Type of inference", "Inference"], date [], url [], text []),
    spec!(["ads clicked"], AdsInferences, CSV, header ["Ad clicked Date", "Ad Title/Id"], date ["Ad clicked Date"], url [], text []),
    spec!(["lan ads engagement"], AdsInferences, CSV, header ["Action", "Ad Title/Id", "Page/App"], date ["Date"], url [], text []),
    spec!(["email addresses"], Account, CSV, header ["Email Address", "Confirmed", "Primary"], date ["Updated On"], url [], text []),
    spec!(["phonenumbers"], Account, CSV, header ["Extension", "Number", "Type"], date [], url [], text []),
    spec!(["whatsapp phone numbers"], Account, CSV, header ["Number", "Extension", "Is_WhatsApp_Number"], date [], url [], text []),
    spec!(["registration"], Account, CSV, header ["Registered At", "Registration Ip"], date ["Registered At"], url [], text []),
    spec!(["logins"], Account, CSV, header ["Login Date", "IP Address", "Login Type"], date ["Login Date"], url [], text []),
    spec!(["security challenges"], Account, CSV, header ["Challenge Date", "Challenge Type"], date ["Challenge Date"], url [], text []),
    spec!(["verifications"], Account, CSV, header ["First name", "Verification type", "Verified date"], date ["Verified date"], url [], text []),
    spec!(["receipts", "receipts_v2"], Account, CSV, header ["Transaction Made At", "Invoice Number", "Total Amount"], date ["Transaction Made At"], url [], text []),
    spec!(["providers"], Account, CSV, header ["Creation Time", "Marketplace Type"], date ["Creation Time"], url [], text []),
];

/// The article family (matched by folder and extension, not by name).
pub static ARTICLE: Spec =
    spec!([], Articles, Reader::Article, header [], date [], url [], text []);

/// Finds the family of an entry path (forward slashes, relative to the export root).
pub fn lookup(path: &str) -> Option<&'static Spec> {
    let base = path.rsplit('/').next().unwrap_or(path);
    let lower = base.to_lowercase();
    if let Some(stem) = lower
        .strip_suffix(".html")
        .or_else(|| lower.strip_suffix(".htm"))
    {
        let in_articles = path
            .split('/')
            .rev()
            .skip(1)
            .any(|dir| dir.eq_ignore_ascii_case("articles"));
        return (in_articles && !stem.is_empty()).then_some(&ARTICLE);
    }
    let stem = lower.strip_suffix(".csv")?;
    let stem = strip_digit_suffix(stem);
    SPECS.iter().find(|spec| spec.names.contains(&stem))
}

/// `shares_1158443584` -> `shares`; `responses_1` -> `responses`; `receipts_v2` stays.
fn strip_digit_suffix(stem: &str) -> &str {
    match stem.rsplit_once('_') {
        Some((head, tail))
            if !head.is_empty() && !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) =>
        {
            head
        }
        _ => stem,
    }
}

/// The folders LinkedIn itself writes, which are never a re-zip's extra top folder.
pub const LINKEDIN_FOLDERS: &[&str] =
    &["jobs", "verifications", "articles", "services marketplace"];

#[cfg(test)]
mod tests {
    use super::*;

    fn category(path: &str) -> Option<&'static str> {
        lookup(path).map(|s| s.category.id())
    }

    #[test]
    fn every_design_file_is_known() {
        let cases = [
            ("Shares.csv", "posts"),
            ("Shares_1158443584.csv", "posts"),
            ("InstantReposts_1158443584.csv", "posts"),
            ("Articles/Articles/still-faking-ada-kfzdf.html", "articles"),
            (
                "Articles/Articles/2022-05-28 10:30:21.0-7 .html",
                "articles",
            ),
            ("Comments_1158443584.csv", "comments"),
            ("Votes.csv", "poll_votes"),
            ("Reactions_42.csv", "reactions"),
            ("Rich_Media.csv", "media"),
            ("Rich Media.csv", "media"),
            ("messages.csv", "messages"),
            ("guide_messages.csv", "ai_chats"),
            ("coach_messages.csv", "ai_chats"),
            ("learning_coach_messages.csv", "ai_chats"),
            ("learning_role_play_messages.csv", "ai_chats"),
            ("LearningCoachMessages.csv", "ai_chats"),
            ("Invitations.csv", "invitations"),
            ("Recommendations_Given.csv", "recommendations_given"),
            ("Recommendations_Received.csv", "recommendations_received"),
            ("Endorsement_Given_Info.csv", "endorsements"),
            ("Endorsement_Received_Info.csv", "endorsements"),
            ("Profile.csv", "profile"),
            ("Profile Summary.csv", "profile"),
            ("Positions.csv", "profile"),
            ("Education.csv", "profile"),
            ("Skills.csv", "profile"),
            ("Certifications.csv", "profile"),
            ("Courses.csv", "profile"),
            ("Honors.csv", "profile"),
            ("Languages.csv", "profile"),
            ("Projects.csv", "profile"),
            ("Publications.csv", "profile"),
            ("Patents.csv", "profile"),
            ("Organizations.csv", "profile"),
            ("Volunteering.csv", "profile"),
            ("Causes You Care About.csv", "profile"),
            ("Test Scores.csv", "profile"),
            ("Member Hashtags.csv", "profile"),
            (
                "Job Applicant Saved Screening Question Responses.csv",
                "saved_answers",
            ),
            (
                "Job Applicant Saved Screening Question Responses_3.csv",
                "saved_answers",
            ),
            ("Jobs/Job Applicant Saved Answers.csv", "saved_answers"),
            ("Private_identity_asset.csv", "saved_answers"),
            ("Jobs/Job Applications.csv", "job_applications"),
            ("Jobs/Saved Jobs.csv", "job_search"),
            ("Jobs/Job Seeker Preferences.csv", "job_search"),
            ("SavedJobAlerts.csv", "job_search"),
            ("Online Job Postings.csv", "job_search"),
            ("SearchQueries.csv", "search_queries"),
            ("Learning.csv", "learning"),
            ("Connections.csv", "network"),
            ("Member_Follows_1158443584.csv", "network"),
            ("Company Follows.csv", "network"),
            ("Hashtag_Follows.csv", "network"),
            ("Contacts.csv", "network"),
            ("ImportedContacts.csv", "network"),
            ("Calendar.csv", "network"),
            ("Events.csv", "network"),
            ("Ad_Targeting.csv", "ads_inferences"),
            ("Inferences_about_you.csv", "ads_inferences"),
            ("Ads Clicked.csv", "ads_inferences"),
            ("LAN Ads Engagement.csv", "ads_inferences"),
            ("Email Addresses.csv", "account"),
            ("PhoneNumbers.csv", "account"),
            ("Whatsapp Phone Numbers.csv", "account"),
            ("Registration.csv", "account"),
            ("Logins.csv", "account"),
            ("Security Challenges.csv", "account"),
            ("Verifications/Verifications.csv", "account"),
            ("Receipts.csv", "account"),
            ("Receipts_v2.csv", "account"),
            ("Services Marketplace/Providers.csv", "account"),
        ];
        for (path, want) in cases {
            assert_eq!(category(path), Some(want), "{path}");
        }
    }

    #[test]
    fn unknown_files_stay_unknown() {
        for path in [
            "Saved_Items.csv",
            "Saved_Items_1158443584.csv",
            "Duolingo.csv",
            "notes.txt",
            "page.html",
            ".DS_Store",
            "_1.csv",
        ] {
            assert_eq!(category(path), None, "{path}");
        }
    }

    #[test]
    fn leading_folders_and_case_do_not_matter() {
        assert_eq!(
            category("Complete_LinkedInDataExport_07-05-2026/Shares.csv"),
            Some("posts")
        );
        assert_eq!(category("export/Jobs/Saved Jobs.csv"), Some("job_search"));
        assert_eq!(category("MESSAGES.CSV"), Some("messages"));
        assert_eq!(category("x/Articles/Articles/a.html"), Some("articles"));
    }
}
