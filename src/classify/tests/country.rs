//! Country codes, region groups and Geo Location matching, tested on many real-looking forms.

use std::collections::HashMap;

use crate::classify::country::{
    codes, fold, from_geo_location, name, normalize_code, region_of, EEA_NON_EU, EU_MEMBERS,
    EU_TERRITORIES, REGION_IDS,
};
use crate::classify::country_names::COUNTRIES;
use crate::classify::places::PLACES;

#[test]
fn iso_list_is_complete_and_sorted() {
    let all: Vec<&str> = codes().collect();
    assert_eq!(all.len(), 249);
    assert!(all.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
    assert!(all
        .iter()
        .all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())));
    assert!(COUNTRIES.iter().all(|(_, names)| !names.is_empty()));
    assert_eq!(name("DE"), Some("Germany"));
    assert_eq!(name("GB"), Some("United Kingdom"));
    assert_eq!(name("ZZ"), None);
}

#[test]
fn names_do_not_clash() {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for (code, names) in COUNTRIES {
        for n in *names {
            let f = fold(n);
            assert!(!f.is_empty(), "{n}");
            if let Some(other) = seen.insert(f.clone(), code) {
                assert_eq!(other, *code, "country name {n} used for {other} and {code}");
            }
        }
    }
    for (code, list) in PLACES {
        assert!(codes().any(|c| c == *code), "{code}");
        for n in list.split('|') {
            let f = fold(n);
            assert!(!f.is_empty(), "empty place name for {code}");
            if let Some(other) = seen.insert(f.clone(), code) {
                assert_eq!(other, *code, "place name {n} used for {other} and {code}");
            }
        }
    }
}

#[test]
fn normalizes_codes() {
    let cases = [
        ("DE", Some("DE")),
        ("de", Some("DE")),
        (" gb ", Some("GB")),
        ("UK", Some("GB")),
        ("uk", Some("GB")),
        ("EL", Some("GR")),
        ("hk", Some("HK")),
        ("XX", None),
        ("USA", None),
        ("", None),
        ("D", None),
    ];
    for (input, want) in cases {
        assert_eq!(normalize_code(input), want, "{input:?}");
    }
}

#[test]
fn region_groups() {
    assert_eq!(EU_MEMBERS.len(), 27);
    let mut eu = EU_MEMBERS.to_vec();
    eu.sort_unstable();
    eu.dedup();
    assert_eq!(eu.len(), 27);
    for cc in EU_MEMBERS.iter().chain(&EU_TERRITORIES) {
        assert!(normalize_code(cc).is_some(), "{cc}");
        assert_eq!(region_of(cc), "EU", "{cc}");
    }
    for cc in EEA_NON_EU {
        assert_eq!(region_of(cc), "EEA", "{cc}");
    }
    for cc in ["CH", "GB", "CA", "HK"] {
        assert_eq!(region_of(cc), cc);
    }
    for cc in [
        "US", "BR", "IN", "JE", "GG", "IM", "GI", "TR", "RU", "MO", "CN", "XX", "",
    ] {
        assert_eq!(region_of(cc), "ROW", "{cc}");
    }
    let used: Vec<&str> = codes().map(region_of).collect();
    for id in REGION_IDS {
        assert!(used.contains(&id), "{id}");
    }
}

#[test]
fn folds_names() {
    assert_eq!(fold("  Türkiye "), "turkiye");
    assert_eq!(fold("Côte d’Ivoire"), "cote d ivoire");
    assert_eq!(fold("Trinidad & Tobago"), "trinidad and tobago");
    assert_eq!(fold("GROẞRAUM München"), "grossraum munchen");
    assert_eq!(fold("St. Paul"), "st paul");
    assert_eq!(fold("İstanbul"), "istanbul");
    assert_eq!(fold("Łódź"), "lodz");
    assert_eq!(
        fold("Pune/Pimpri-Chinchwad Area"),
        "pune pimpri chinchwad area"
    );
}

const GEO: &[(&str, Option<&str>)] = &[
    // Country last, as current exports write it.
    ("Berlin, Berlin, Germany", Some("DE")),
    ("Amsterdam, North Holland, Netherlands", Some("NL")),
    ("Seattle, Washington, United States", Some("US")),
    ("Toronto, Ontario, Canada", Some("CA")),
    ("London, England, United Kingdom", Some("GB")),
    ("Paris, Île-de-France, France", Some("FR")),
    ("Zürich, Zurich, Switzerland", Some("CH")),
    ("Oslo, Oslo, Norway", Some("NO")),
    ("Reykjavík, Capital Region, Iceland", Some("IS")),
    ("Vaduz, Liechtenstein", Some("LI")),
    ("Hong Kong, Hong Kong SAR", Some("HK")),
    ("Central, Hong Kong", Some("HK")),
    ("São Paulo, São Paulo, Brazil", Some("BR")),
    ("Bengaluru, Karnataka, India", Some("IN")),
    ("Istanbul, Türkiye", Some("TR")),
    ("Ankara, Turkey", Some("TR")),
    ("Prague, Czechia", Some("CZ")),
    ("Brno, Czech Republic", Some("CZ")),
    ("Munich, Bavaria, Deutschland", Some("DE")),
    ("Utrecht, The Netherlands", Some("NL")),
    ("Dublin, County Dublin, Ireland", Some("IE")),
    ("Belfast, Northern Ireland, United Kingdom", Some("GB")),
    ("Belfast, Northern Ireland", Some("GB")),
    ("Edinburgh, Scotland", Some("GB")),
    ("Cardiff, Wales", Some("GB")),
    ("Leeds, England", Some("GB")),
    ("Austin, Texas, USA", Some("US")),
    ("Boston, MA, US", Some("US")),
    ("Abidjan, Côte d'Ivoire", Some("CI")),
    ("Abidjan, Cote d’Ivoire", Some("CI")),
    ("Kinshasa, Congo (DRC)", Some("CD")),
    ("Port of Spain, Trinidad & Tobago", Some("TT")),
    ("Dubai, United Arab Emirates", Some("AE")),
    ("Riyadh, KSA", Some("SA")),
    ("Hanoi, Viet Nam", Some("VN")),
    ("Valletta, Malta", Some("MT")),
    ("Nicosia, Cyprus", Some("CY")),
    ("Saint-Denis, Réunion", Some("RE")),
    ("Mariehamn, Åland Islands", Some("AX")),
    // ISO's inverted names: the last comma part alone would say "Republic of".
    ("Korea, Republic of", Some("KR")),
    ("Seoul, Korea, Republic of", Some("KR")),
    (
        "Pyongyang, Korea, Democratic People's Republic of",
        Some("KP"),
    ),
    ("Tehran, Iran, Islamic Republic of", Some("IR")),
    ("Congo, The Democratic Republic of the", Some("CD")),
    ("Taiwan, Province of China", Some("TW")),
    ("Chisinau, Moldova, Republic of", Some("MD")),
    ("Bolivia, Plurinational State of", Some("BO")),
    ("Virgin Islands, U.S.", Some("VI")),
    ("Virgin Islands, British", Some("VG")),
    ("Seoul, South Korea", Some("KR")),
    ("Busan, Korea", Some("KR")),
    // LinkedIn's metro areas and their wrappers.
    ("Greater Seattle Area", Some("US")),
    ("San Francisco Bay Area", Some("US")),
    ("Greater New York City Area", Some("US")),
    ("New York City Metropolitan Area", Some("US")),
    ("Greater Boston", Some("US")),
    ("Greater Chicago Area", Some("US")),
    ("Los Angeles Metropolitan Area", Some("US")),
    ("Greater Los Angeles Area", Some("US")),
    ("Dallas-Fort Worth Metroplex", Some("US")),
    ("Greater Houston", Some("US")),
    ("Washington DC-Baltimore Area", Some("US")),
    ("Atlanta Metropolitan Area", Some("US")),
    ("Miami-Fort Lauderdale Area", Some("US")),
    ("Greater Philadelphia", Some("US")),
    ("Greater Phoenix Area", Some("US")),
    ("Denver Metropolitan Area", Some("US")),
    ("Greater Minneapolis-St. Paul Area", Some("US")),
    ("Raleigh-Durham-Chapel Hill Area", Some("US")),
    ("Portland, Oregon Metropolitan Area", Some("US")),
    ("Austin, Texas Metropolitan Area", Some("US")),
    ("Salt Lake City Metropolitan Area", Some("US")),
    ("Kansas City Metropolitan Area", Some("US")),
    ("Greater San Diego Area", Some("US")),
    ("Greater London", Some("GB")),
    ("London Area, United Kingdom", Some("GB")),
    ("Greater Manchester", Some("GB")),
    ("Greater Birmingham, United Kingdom", Some("GB")),
    ("Greater Paris Metropolitan Region", Some("FR")),
    ("Greater Lyon Area", Some("FR")),
    ("Berlin Metropolitan Area", Some("DE")),
    ("Greater Munich Metropolitan Area", Some("DE")),
    ("Greater Hamburg Area", Some("DE")),
    ("Frankfurt Rhine-Main Metropolitan Area", Some("DE")),
    ("Cologne Bonn Region", Some("DE")),
    ("Greater Stuttgart Metropolitan Area", Some("DE")),
    ("Greater Düsseldorf Area", Some("DE")),
    ("Ruhr Region", Some("DE")),
    ("Rhine-Neckar Metropolitan Region", Some("DE")),
    ("Randstad", Some("NL")),
    ("Randstad, Netherlands", Some("NL")),
    ("Amsterdam Area", Some("NL")),
    ("Rotterdam and The Hague", Some("NL")),
    ("Greater Eindhoven Area", Some("NL")),
    ("Brussels Metropolitan Area", Some("BE")),
    ("Greater Zurich Area", Some("CH")),
    ("Geneva Metropolitan Area", Some("CH")),
    ("Greater Vienna Area", Some("AT")),
    ("Greater Milan Metropolitan Area", Some("IT")),
    ("Rome Metropolitan Area", Some("IT")),
    ("Greater Madrid Metropolitan Area", Some("ES")),
    ("Greater Barcelona Metropolitan Area", Some("ES")),
    ("Greater Lisbon", Some("PT")),
    ("Greater Dublin", Some("IE")),
    ("Greater Copenhagen Region", Some("DK")),
    ("Stockholm Metropolitan Area", Some("SE")),
    ("Greater Oslo Region", Some("NO")),
    ("Helsinki Metropolitan Area", Some("FI")),
    ("Warsaw Metropolitan Area", Some("PL")),
    ("Greater Kraków Area", Some("PL")),
    ("Prague Metropolitan Area", Some("CZ")),
    ("Budapest Metropolitan Area", Some("HU")),
    ("Bucharest Metropolitan Area", Some("RO")),
    ("Athens Metropolitan Area", Some("GR")),
    ("Istanbul Metropolitan Area", Some("TR")),
    ("Moscow Metropolitan Area", Some("RU")),
    ("Tel Aviv Metropolitan Area", Some("IL")),
    ("Greater Toronto Area", Some("CA")),
    ("Greater Toronto Area, Canada", Some("CA")),
    ("Greater Montreal Metropolitan Area", Some("CA")),
    ("Greater Vancouver Metropolitan Area", Some("CA")),
    ("Metro Vancouver", Some("CA")),
    ("Calgary Metropolitan Area", Some("CA")),
    ("Greater Sydney Area", Some("AU")),
    ("Greater Melbourne Area", Some("AU")),
    ("Greater Brisbane Area", Some("AU")),
    ("Greater Perth Area", Some("AU")),
    ("Melbourne, Victoria", Some("AU")),
    ("Auckland Metropolitan Area", Some("NZ")),
    ("Greater Bengaluru Area", Some("IN")),
    ("Greater Bangalore Area", Some("IN")),
    ("Mumbai Metropolitan Region", Some("IN")),
    ("Greater Delhi Area", Some("IN")),
    ("Greater Hyderabad Area", Some("IN")),
    ("Greater Chennai Area", Some("IN")),
    ("Greater Kolkata Area", Some("IN")),
    ("Pune/Pimpri-Chinchwad Area", Some("IN")),
    ("Greater Ahmedabad Area", Some("IN")),
    ("Greater Karachi Area", Some("PK")),
    ("Greater Lahore Area", Some("PK")),
    ("Dhaka Metropolitan Area", Some("BD")),
    ("Greater Hong Kong", Some("HK")),
    ("Greater Tokyo Area", Some("JP")),
    ("Greater Osaka Area", Some("JP")),
    ("Seoul Incheon Metropolitan Area", Some("KR")),
    ("Greater Beijing Area", Some("CN")),
    ("Greater Shanghai Area", Some("CN")),
    ("Greater Shenzhen Area", Some("CN")),
    ("Greater Guangzhou Area", Some("CN")),
    ("Taipei City Metropolitan Area", Some("TW")),
    ("Singapore, Singapore", Some("SG")),
    ("Greater Kuala Lumpur", Some("MY")),
    ("Jakarta Metropolitan Area", Some("ID")),
    ("Metro Manila", Some("PH")),
    ("Greater Manila Area", Some("PH")),
    ("Bangkok Metropolitan Area", Some("TH")),
    ("Ho Chi Minh City Metropolitan Area", Some("VN")),
    ("Greater São Paulo", Some("BR")),
    ("Greater Sao Paulo Area", Some("BR")),
    ("Rio de Janeiro Metropolitan Area", Some("BR")),
    ("Greater Buenos Aires", Some("AR")),
    ("Santiago Metropolitan Area", Some("CL")),
    ("Lima Metropolitan Area", Some("PE")),
    ("Bogota D.C. Metropolitan Area", Some("CO")),
    ("Mexico City Metropolitan Area", Some("MX")),
    ("Greater Cairo", Some("EG")),
    ("Lagos Metropolitan Area", Some("NG")),
    ("Nairobi Metropolitan Area", Some("KE")),
    ("Johannesburg Metropolitan Area", Some("ZA")),
    ("Cape Town Metropolitan Area", Some("ZA")),
    ("Dubai Metropolitan Area", Some("AE")),
    ("Riyadh Metropolitan Area", Some("SA")),
    // Case and localized wrappers.
    ("GREATER SEATTLE AREA", Some("US")),
    ("greater munich metropolitan area", Some("DE")),
    ("Großraum München", Some("DE")),
    ("Metropolregion Hamburg", Some("DE")),
    ("Région de Paris", Some("FR")),
    ("Área Metropolitana de Madrid", Some("ES")),
    ("Região Metropolitana de São Paulo", Some("BR")),
    ("Area metropolitana di Milano", Some("IT")),
    // Bare cities, states and provinces.
    ("Zurich", Some("CH")),
    ("Berlin", Some("DE")),
    ("London", Some("GB")),
    ("Bangalore", Some("IN")),
    ("Seattle, WA", Some("US")),
    ("Los Angeles, CA", Some("US")),
    ("Seattle, Washington", Some("US")),
    ("Paris, Texas", Some("US")),
    ("Vancouver, Washington", Some("US")),
    ("Victoria, British Columbia", Some("CA")),
    ("Quebec", Some("CA")),
    ("Washington, D.C.", Some("US")),
    ("Jersey City, New Jersey", Some("US")),
    // Georgia: the country, unless a US city comes before it.
    ("Tbilisi, Georgia", Some("GE")),
    ("Georgia", Some("GE")),
    ("Atlanta, Georgia", Some("US")),
    ("Atlanta, Georgia, United States", Some("US")),
    ("Jersey", Some("JE")),
    // Bare country names.
    ("United States", Some("US")),
    ("USA", Some("US")),
    ("UK", Some("GB")),
    ("England", Some("GB")),
    ("Deutschland", Some("DE")),
    ("Czechia", Some("CZ")),
    ("Türkiye", Some("TR")),
    ("Turkey", Some("TR")),
    ("Canada", Some("CA")),
    ("Niger", Some("NE")),
    ("Nigeria", Some("NG")),
    ("Guinea-Bissau", Some("GW")),
    ("Papua New Guinea", Some("PG")),
    ("Dominican Republic", Some("DO")),
    ("Dominica", Some("DM")),
    ("Mexico", Some("MX")),
    ("New Mexico", Some("US")),
    // Cannot tell.
    ("", None),
    ("   ", None),
    (",,", None),
    ("Earth", None),
    ("Remote", None),
    ("Europe", None),
    ("Latin America", None),
    ("North America", None),
    ("Greater Nowhere Area", None),
    ("Metropolitan Area", None),
    ("Springfield", None),
    ("CA", None),
];

#[test]
fn reads_geo_location() {
    let mut wrong = Vec::new();
    for (input, want) in GEO {
        let got = from_geo_location(input);
        if got != *want {
            wrong.push(format!("{input:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_country_name_reads_back() {
    for (code, names) in COUNTRIES {
        for n in *names {
            let got = from_geo_location(n);
            assert_eq!(got, Some(*code), "{n}");
            let city = format!("Somewhere, {n}");
            // Names with a comma of their own are ISO's inverted forms; they still read back.
            assert_eq!(from_geo_location(&city), Some(*code), "{city}");
        }
    }
}
