/**
 * Frequent family names: US census top names plus common names of the populations listed in
 * first-names.ts. Used where only a list can tell a name from a word: a file name stem such as
 * "IMG_tnguyen" or "jsmith_wound", a lower-case "pt daniel park", an all-caps "DUPONT Marie".
 * Like the first-name list, it only supports a cue; it never blocks a capitalised word on its own.
 * Compare with `nameKey(word)`; particles are separate words ("van der Berg" -> "berg").
 */
import { GENERATED_SURNAMES_RAW } from "./generated-names";

const RAW = `
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez
wilson anderson thomas taylor moore jackson martin perez thompson white harris sanchez clark ramirez
lewis robinson walker young allen king wright scott torres hill flores green adams nelson baker hall
rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins
reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed
kelly howard ramos cox ward richardson watson brooks chavez wood james bennett gray mendoza ruiz
hughes price alvarez castillo sanders patel myers long ross foster jimenez powell jenkins perry
russell sullivan bell coleman butler henderson barnes gonzales fisher vasquez simmons romero jordan
patterson alexander hamilton graham reynolds griffin wallace moreno west cole hayes bryant herrera
gibson ellis medina aguilar stevens murray ford castro marshall owens harrison fernandez mcdonald
woods washington kennedy wells vargas henry freeman webb tucker guzman burns crawford olson simpson
porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner
black robertson boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson
nichols stephens soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce
vazquez hansen peters santos hart bradley knight elliott cunningham duncan armstrong hudson carroll
lane riley andrews alvarado ray delgado berry perkins hoffman johnston matthews pena richards
contreras willis carpenter lawrence sandoval guerrero george chapman rios estrada ortega watkins
greene nunez wheeler valdez harper burke larson santiago maldonado morrison franklin carlson austin
dominguez carr lawson jacobs obrien lynch singh vega bishop montgomery oliver jensen harvey
williamson gilbert dean sims espinoza howell reid hanson mccoy garrett burton fuller weber welch
rojas lucas marquez fields little banks padilla day walsh bowman schultz luna fowler mejia davidson
acosta brewer may holland juarez newman pearson curtis cortez douglas schneider joseph barrett
navarro figueroa keller avila wade molina stanley hopkins campos barnett bates chambers caldwell
beck lambert miranda byrd craig ayala lowe frazier powers neal leonard gregory carrillo sutton
fleming rhodes shelton schwartz norris jennings watts duran walters cohen mcdaniel moran parks
steele vaughn becker holt deleon barker terry hale leon hail benson haynes horton miles lyons graves
bush thornton wolfe warner cabrera mckinney mann zimmerman dawson lara fletcher page mccarthy love
robles cervantes solis erickson reeves klein salinas fuentes baldwin daniel simon velasquez hardy
higgins aguirre cummings chandler sharp barber bowen ochoa dennis robbins ramsey francis griffith
paul blair oconnor cardenas pacheco cross calderon quinn moss swanson rivas khan rodgers serrano
fitzgerald rosales stevenson christensen manning gill curry mclaughlin harmon mcgee gross doyle
garner newton burgess reese walton blake trujillo adkins brady goodman roman webster goodwin fischer
potter delacruz montoya todd hines mullins castaneda malone cannon tate mack sherman hubbard hodges
guerra wolf valencia saunders franco rowe gallagher farmer hammond hampton townsend ingram wise
gallegos clarke barton schroeder maxwell waters logan camacho strickland norman person colon parsons
frank harrington glover osborne buchanan casey floyd patton ibarra ball tyler suarez bowers orozco
salas cobb gibbs andrade bauer conner moody escobar mcguire lloyd mueller hartman french kramer
mcbride pope lindsey velazquez norton mccormick sparks flynn yates hogan marsh macias villanueva
zamora pratt stokes owen ballard lang brock villarreal charles drake barrera cain patrick pineda
burnett mercado santana shepherd bautista ali shaffer lamb trevino mckenzie hess beil olsen cochran
morton nash wilkins petersen briggs shah roth nicholson holloway lozano rangel flowers hoover short
arias mora valenzuela bryan meyers weiss underwood bass greer summers houston carson morrow clayton
whitaker decker yoder collier zuniga carey wilcox melendez poole roberson larsen conley davenport
copeland massey huff rocha cameron jefferson hood monroe anthony pittman randall singleton kirk
combs mathis christian skinner bradford richard galvan wall boone kirby wilkinson bridges bruce
atkinson velez meza roy vincent york hodge villa abbott allison tapia gates chase sosa sweeney
farrell wyatt dalton horn barron phelps dickerson heath foley atkins mathews bonilla acevedo benitez
zavala hensley glenn cisneros harrell shields rubio huffman boyer garrison arroyo bond kane hancock
callahan dillon cline wiggins grimes arellano melton oneill savage beltran pitts parrish ponce rich
booth koch golden ware brennan mcdowell marks cantu humphrey baxter sawyer clay tanner hutchinson
kaur berg wiley gilmore russo villegas hobbs keith wilkerson ahmed beard mcclain montes mata rosario
walter henson oneal mosley mcclure beasley stephenson snow huerta preston vance barry johns eaton
blackwell dyer prince macdonald solomon guevara stafford english hurst woodard cortes shannon kemp
nolan mccullough merritt murillo salgado strong kline cordova barajas roach rosas winters jacobson
lester knox bullock kerr leach meadows davila orr whitehead pruitt kent conway mckee barr david
dejesus marin berger mcintyre blankenship gaines palacios cuevas bartlett durham dorsey mccall
odonnell stein browning stout lowery sloan mclean hendricks calhoun sexton gentry hull duarte
ellison nielsen gillespie buck middleton sellers leblanc esparza hardin bradshaw mcintosh howe
livingston frost glass morse knapp herman stark bravo noble spears weeks corona frederick buckley
mcfarland hebert enriquez hickman quintero randolph schaefer walls trejo house reilly pennington
michael conrad giles benjamin crosby fitzpatrick donovan mays mahoney valentine raymond medrano hahn
mcmillan small bentley felix peck lucero boyle hanna pace rush hurley harding mcconnell bernal nava
ayers everett ventura avery pugh mayer bender shepard mcmahon landry case sampson moses magana
blackburn dunlap gould duffy vaughan herring mckay espinosa rivers farley bernard ashley friedman
potts costa correa blevins nixon clements fry delarosa best benton lugo portillo dougherty crane
haley villalobos blanchard horne finley quintana lynn esquivel bean dodson mullen hayden cano levy
huber richmond moyer frye sheppard mccarty avalos booker waller parra woodward jaramillo krueger
rasmussen brandt peralta donaldson stuart faulkner maynard galindo coffey estes sanford burch maddox
oconnell andersen spence mcpherson church schmitt stanton leal cherry compton dudley sierra pollard
alfaro hester proctor hinton novak good madden mccann terrell jarvis dickson reyna cantrell mayo
branch hendrix rollins rowland whitney duke odom daugherty travis archer kowalski kowalczyk nowak
wisniewski levin levine goldberg katz rosen shapiro kaplan okafor okeke adeyemi adeleke okonkwo
mensah osei boateng abubakar bello musa sharma gupta kumar reddy rao iyer nair menon joshi mehta
desai agarwal bhatt chopra malhotra kapoor hosseini ahmadi karimi rezaei mohammadi hashemi schulz
hoffmann baumann rossi ferrari esposito bianchi romano colombo ricci marino greco dubois durand
lefebvre moreau laurent ivanov petrov smirnov popov osullivan byrne oreilly connolly daly omahony
omalley dunne keane kavanagh mcgrath flanagan moloney fraser sinclair dupont robert petit leroy
michel bertrand fournier morel girard lefevre mercier legrand garnier faure rousseau blanc guerin
perrin morin mathieu gauthier dumont fontaine chevalier masson lemaire duval renaud leroux delacroix
schafer schroder schwarz braun kruger krause meier schmitz maier kohler konig fuchs gruber alonso
blanco iglesias garrido vidal souza sousa rodrigues alves lima gomes carvalho almeida soares
fernandes barbosa dias nascimento nunes machado mendes araujo conti deluca giordano rizzo lombardi
barbieri fontana santoro rinaldi caruso ferrara galli leone longo vitale lombardo serra coppola
ferraro grasso messina wojcik wozniak mazur kaczmarek jong vries dijk bakker visser smit meijer
mulder dekker oladipo adesanya akinola balogun ajayi afolabi lawal bakare ojo eze nwosu obi okoro
okoye nwankwo anyanwu suleiman mokoena zulu ngcobo sithole nxumalo botha pretorius venter coetzee
nel fourie verma yadav mishra pandey tiwari shukla srivastava chauhan thakur jain chatterjee
banerjee mukherjee das bose ghosh sen dutta chakraborty iyengar subramanian srinivasan natarajan
hegde shetty naidu chowdhury saxena arora sethi sandhu trivedi kulkarni patil jadhav pawar naik
saini dsouza hussain malik qureshi chaudhry raza rizvi abbasi siddiqui akhtar iqbal javed anwar
mirza begum haddad saleh nasser hassan hussein mahmoud mansour farouk najjar saad salem yousef abbas
darwish habib rahman sayed moradi jafari rahimi mousavi kazemi sadeghi akbari heidari tehrani
shirazi yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan
kurt erdogan tawhiri
`;

/**
 * Family names of cultures that write the family name first (Chinese in pinyin, Cantonese and
 * Wade-Giles, Japanese, Korean, Vietnamese): "Nguyen Van An", "WANG Xiaoming", "Sato Haruto".
 * After one of these, a given name is recognised by its syllables (name-shapes.ts). Japanese names
 * with a regular last element ("Yamamoto", "Nakamura") are read by that shape instead of listed.
 */
const SURNAME_FIRST_RAW = `
lee nguyen kim tran chen li wong le wang park yang pham chang lin liu chan huang zhang lam huynh yu
choi ho vang chung truong phan xiong lim vo vu lu tang suzuki watanabe sato ito zhao zhou sun xu ma
zhu hu guo he luo liang song zheng xie han feng deng cao wu gao peng zeng xiao tian dong yuan pan
jiang cai du ye cheng wei su ding ren shen yao jin fu zhong dai cui fan shi fang cheung lau ng leung
chow tsang kwok yip chu tam au yeung hui lo chiu tsai hsu kuo kato inoue hayashi shimizu mori abe
goto murakami kondo ishii saito endo aoki fujii ota miura fujiwara nakano ono kaneko wada ueda hara
sakai kudo takagi ando imai ueno sugawara hirano otsuka chiba kubo matsui sakurai matsuo sano onishi
arai jung jeong kang cho jo yoon yun jang im oh seo shin kwon hwang ahn an yoo hong jeon jun ko go
moon mun son bae baek heo nam ha kwak sung seong cha joo woo min ryu na ji hoang dang bui do ngo
duong dinh mai trinh dao doan luong ta
`;

/** Surname-first family names that are also English words: only the surname-first reading uses them. */
const WORD_LIKE = new Set("an go do ha ye oh lo na im pan fan wan ding bang sim son tong woo min won wen sung shin tam yip chow".split(" "));

const words = (raw: string) => raw.split(/\s+/).filter((w) => w.length > 0);

export const SURNAME_FIRST: ReadonlySet<string> = new Set(words(SURNAME_FIRST_RAW));

export const SURNAMES: ReadonlySet<string> = new Set([
  ...words(RAW),
  ...words(SURNAME_FIRST_RAW).filter((w) => !WORD_LIKE.has(w)),
  ...words(GENERATED_SURNAMES_RAW),
]);
