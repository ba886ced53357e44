/**
 * Places that Safe Harbor allows: countries, US states, provinces and large regions. A town or
 * street tied to a patient is an identifier; "she emigrated from Peru" or "lives in Texas" is not.
 */
const COUNTRIES_RAW = `
afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
bulgaria burkina burundi cambodia cameroon canada chad chile china colombia congo croatia cuba
cyprus czechia czech denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
moldova monaco mongolia montenegro morocco mozambique myanmar namibia nepal netherlands holland
nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland
portugal qatar romania russia rwanda samoa senegal serbia singapore slovakia slovenia somalia
spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
trinidad tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen
zambia zimbabwe england scotland wales britain uk usa us america canada australia zealand
africa asia europe antarctica oceania caribbean scandinavia siberia
`;

const STATES_RAW = `
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina dakota
ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia washington wisconsin
wyoming ontario quebec alberta manitoba saskatchewan nova brunswick columbia newfoundland
bavaria bavarian punjab kerala bengal
`;

/** Upper-case two-letter USPS state codes, for "Tempe AZ 85281". */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
  NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI`.split(/\s+/),
);

/** Countries, US states, provinces and regions: lower-case single words. */
export const BROAD_PLACES: ReadonlySet<string> = new Set(
  `${COUNTRIES_RAW} ${STATES_RAW} north south east west northern southern eastern western central
  midwest rural urban upstate downstate new united states kingdom republic city county the a`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
