//! Data: places below country level that Geo Location holds, each with its ISO code: US
//! states, Canadian provinces, Australian and a few other states, and the cities and metro
//! areas LinkedIn names (the 60+ largest metro areas worldwide and the main hubs of its members).
//! Names that several places share resolve to the most likely one (Birmingham: GB; Vancouver:
//! CA; Perth: AU); a trailing state or country in the text decides before this table does.
//! Matching rules live in `country`.

/// `(code, names)`: states, cities and metro areas as LinkedIn writes them, separated by `|`,
/// without the "Greater" / "Metropolitan Area" wrappers that `country` strips.
pub(crate) const PLACES: &[(&str, &str)] = &[
    (
        "US",
        "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|\
         Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|\
         Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|\
         New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|\
         Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|\
         Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|\
         District of Columbia|D.C.|DC|Washington DC|Washington D.C.|New York City|NYC|\
         Manhattan|Brooklyn|Los Angeles|Chicago|Dallas|Fort Worth|Houston|Miami|\
         Philadelphia|Atlanta|Boston|Phoenix|San Francisco|Silicon Valley|San Jose|\
         Oakland|Seattle|Detroit|Minneapolis|St Paul|Saint Paul|San Diego|Tampa|Denver|\
         Baltimore|St Louis|Saint Louis|Orlando|Charlotte|San Antonio|Portland|Sacramento|\
         Pittsburgh|Austin|Las Vegas|Cincinnati|Kansas City|Columbus|Indianapolis|\
         Cleveland|Nashville|Raleigh|Durham|Salt Lake City|Jersey City|Newark|Honolulu|\
         Milwaukee|Richmond|Jacksonville|Buffalo|New Orleans|Hartford|Rochester|Albany|\
         Madison|Boise|Omaha|Tucson|Albuquerque|Anchorage|Grand Rapids|Memphis|Louisville|\
         Oklahoma City",
    ),
    (
        "CA",
        "Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|\
         New Brunswick|Newfoundland and Labrador|Prince Edward Island|\
         Northwest Territories|Yukon|Nunavut|Toronto|Montreal|Vancouver|Calgary|Edmonton|\
         Ottawa|Winnipeg|Quebec City|Halifax|Kitchener|Waterloo|\
         Kitchener Cambridge Waterloo|Mississauga",
    ),
    (
        "AU",
        "New South Wales|Queensland|Victoria|Western Australia|South Australia|Tasmania|\
         Australian Capital Territory|Northern Territory|Sydney|Melbourne|Brisbane|Perth|\
         Adelaide|Canberra|Gold Coast|Hobart|Darwin",
    ),
    (
        "GB",
        "London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Liverpool|Bristol|Sheffield|\
         Newcastle upon Tyne|Nottingham|Leicester|Cardiff|Belfast|Cambridge|Oxford|\
         Reading|Southampton|Brighton|Milton Keynes|Aberdeen",
    ),
    (
        "FR",
        "Ile-de-France|Paris|Lyon|Marseille|Toulouse|Nice|Nantes|Lille|Bordeaux|\
         Strasbourg|Montpellier|Rennes|Grenoble",
    ),
    (
        "DE",
        "Bavaria|Bayern|Baden-Württemberg|North Rhine-Westphalia|Nordrhein-Westfalen|\
         Hesse|Hessen|Saxony|Sachsen|Lower Saxony|Niedersachsen|Brandenburg|Ruhr|\
         Rhine-Neckar|Rhein-Neckar|Berlin|Munich|München|Hamburg|Frankfurt|\
         Frankfurt am Main|Frankfurt Rhine-Main|Cologne|Köln|Cologne Bonn|Bonn|Stuttgart|\
         Düsseldorf|Dusseldorf|Dortmund|Essen|Leipzig|Dresden|Hannover|Hanover|Nuremberg|\
         Nürnberg|Bremen|Karlsruhe|Mannheim|Heidelberg|Aachen|Münster",
    ),
    (
        "NL",
        "Randstad|Amsterdam|Rotterdam|The Hague|Den Haag|Utrecht|Eindhoven|Groningen",
    ),
    (
        "BE",
        "Brussels|Bruxelles|Brussel|Antwerp|Antwerpen|Ghent|Gent|Liège|Leuven",
    ),
    (
        "CH",
        "Zurich|Zürich|Geneva|Genève|Genf|Basel|Bern|Berne|Lausanne|Lugano|Zug",
    ),
    ("AT", "Vienna|Wien|Graz|Linz|Salzburg|Innsbruck"),
    (
        "IT",
        "Milan|Milano|Rome|Roma|Turin|Torino|Naples|Napoli|Florence|Firenze|Bologna|\
         Venice|Venezia|Genoa|Genova",
    ),
    (
        "ES",
        "Madrid|Barcelona|Valencia|Seville|Sevilla|Bilbao|Málaga|Zaragoza|Catalonia|\
         Catalunya|Andalusia",
    ),
    ("PT", "Lisbon|Lisboa|Porto"),
    ("IE", "Dublin|Cork|Galway|Limerick"),
    ("DK", "Copenhagen|København|Aarhus"),
    ("SE", "Stockholm|Gothenburg|Göteborg|Malmö|Uppsala"),
    ("NO", "Oslo|Bergen|Trondheim|Stavanger"),
    ("FI", "Helsinki|Espoo|Tampere"),
    ("IS", "Reykjavik|Reykjavík"),
    (
        "PL",
        "Warsaw|Warszawa|Krakow|Kraków|Wroclaw|Wrocław|Gdansk|Gdańsk|Poznan|Poznań|Lodz|\
         Łódź|Katowice",
    ),
    ("CZ", "Prague|Praha|Brno"),
    ("HU", "Budapest"),
    ("RO", "Bucharest|București|Cluj-Napoca|Iasi|Iași"),
    ("BG", "Sofia"),
    ("GR", "Athens|Athina|Thessaloniki"),
    ("HR", "Zagreb"),
    ("SI", "Ljubljana"),
    ("SK", "Bratislava"),
    ("LT", "Vilnius|Kaunas"),
    ("LV", "Riga"),
    ("EE", "Tallinn|Tartu"),
    ("CY", "Nicosia|Limassol"),
    ("MT", "Valletta"),
    ("TR", "Istanbul|İstanbul|Ankara|Izmir|İzmir"),
    ("RU", "Moscow|Saint Petersburg|St Petersburg"),
    ("UA", "Kyiv|Kiev|Lviv|Kharkiv"),
    ("IL", "Tel Aviv|Tel Aviv-Yafo|Jerusalem|Haifa"),
    ("AE", "Dubai|Abu Dhabi|Sharjah"),
    ("SA", "Riyadh|Jeddah|Dammam"),
    ("QA", "Doha"),
    ("EG", "Cairo|Alexandria"),
    ("NG", "Lagos|Abuja"),
    ("KE", "Nairobi"),
    ("ZA", "Johannesburg|Cape Town|Durban|Pretoria|Gauteng"),
    ("MA", "Casablanca|Rabat"),
    ("ET", "Addis Ababa"),
    ("CD", "Kinshasa"),
    ("AO", "Luanda"),
    ("TZ", "Dar es Salaam"),
    ("CI", "Abidjan"),
    ("GH", "Accra"),
    ("SD", "Khartoum"),
    (
        "IN",
        "Karnataka|Maharashtra|Tamil Nadu|Telangana|Uttar Pradesh|Gujarat|Kerala|\
         West Bengal|Haryana|Mumbai|Bombay|Delhi|New Delhi|Delhi NCR|Bengaluru|Bangalore|\
         Hyderabad|Chennai|Madras|Kolkata|Calcutta|Pune|Pune/Pimpri-Chinchwad|Ahmedabad|\
         Surat|Jaipur|Gurgaon|Gurugram|Noida|Kochi|Chandigarh|Lucknow|Indore|Coimbatore",
    ),
    ("PK", "Karachi|Lahore|Islamabad"),
    ("BD", "Dhaka"),
    ("IR", "Tehran"),
    ("IQ", "Baghdad"),
    ("AF", "Kabul"),
    (
        "CN",
        "Guangdong|Beijing|Shanghai|Guangzhou|Shenzhen|Chongqing|Tianjin|Chengdu|Wuhan|\
         Nanjing|Hangzhou|Xi'an|Suzhou|Dongguan|Foshan|Shenyang|Harbin|Qingdao|Dalian|\
         Jinan",
    ),
    (
        "JP",
        "Tokyo|Osaka|Nagoya|Fukuoka|Yokohama|Kyoto|Kobe|Sapporo",
    ),
    ("KR", "Seoul|Busan|Incheon"),
    ("TW", "Taipei|Hsinchu|Taichung|Kaohsiung"),
    ("SG", "Singapore"),
    ("MY", "Kuala Lumpur|Klang Valley|Penang"),
    ("ID", "Jakarta|Surabaya|Bandung"),
    ("PH", "Manila|Metro Manila|Quezon City|Makati|Cebu"),
    ("TH", "Bangkok"),
    ("VN", "Ho Chi Minh City|Saigon|Hanoi"),
    ("MM", "Yangon"),
    ("NZ", "Auckland|Wellington|Christchurch"),
    (
        "BR",
        "São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte|Brasília|Porto Alegre|Curitiba|\
         Recife|Fortaleza|Salvador|Campinas|Minas Gerais",
    ),
    ("AR", "Buenos Aires"),
    ("CL", "Santiago"),
    ("PE", "Lima"),
    ("CO", "Bogotá|Bogota|Medellín|Medellin|Cali"),
    (
        "MX",
        "Mexico City|Ciudad de México|Guadalajara|Monterrey|Jalisco",
    ),
    ("VE", "Caracas"),
    ("EC", "Quito|Guayaquil"),
    ("HK", "Kowloon"),
];
