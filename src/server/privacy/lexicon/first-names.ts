/**
 * Common given names across the populations a US/UK/international physician forum sees: English,
 * Irish and Scottish, French, German and Dutch, Spanish and Latin American, Portuguese and
 * Brazilian, Italian, Polish and other Slavic, Nordic, Greek, Arabic, Persian, Turkish, North and
 * South Indian, Pakistani, Chinese (pinyin), Japanese (Hepburn), Korean (Revised Romanization,
 * written without the hyphen: "minjun"), Vietnamese (without tones), Filipino, Nigerian (Yoruba,
 * Igbo, Hausa), South African and Ghanaian. Extended by generated-names.ts (faker locale data).
 * Compare with `nameKey(word)` (lower-case ASCII, no apostrophes).
 *
 * Rule: a list entry never blocks on its own; it only upgrades a cue that already points at a
 * person. Names that are also very common English words (will, may, hope, grace, mark, bill, max,
 * jack, ray, joy, june, iris) are left out on purpose, because they would upgrade the wrong tokens;
 * listed names that are also words appear in NAMES_ALSO_WORDS and do not count in lower case.
 */
import { GENERATED_FIRST_NAMES_RAW } from "./generated-names";

const RAW = `
aaron abby abdul abdullah abel abigail abraham ada adam adaeze adebayo adeline adrian adriana agnes
ahmad ahmed aidan aiden aisha akira akosua alan alana albert alberto alejandra alejandro aleksandr
alessandra alessandro alex alexa alexander alexandra alexis alfonso alfred alfredo ali alice alicia
alina alison allison alma alvaro amal amanda amara amber amelia amina amir amira amit amy ana anand
anastasia anders andre andrea andreas andres andrew andrzej angela angelica angelo angie anika anil
anita ann anna anne annette anthony antoine antonio anya aoife arjun armando arnold arthur arturo
asha ashley ashok astrid aubrey audrey augustin aurora austin ava ayesha aziz barbara barry beatrice
beatriz becky belinda ben benjamin bernadette bernard beth bethany betty beverly bianca bilal billy
blake bobby bonnie brad bradley brandon brenda brendan brian brianna bridget brittany bruce bruno
bryan caitlin caleb camila cameron camille candace carina carl carla carlos carmen carol caroline
carolyn carrie casey cassandra catherine cathy cecilia cedric celia chad chan chandra charles
charlene charlie charlotte chelsea chen cheryl chidi chiamaka chinedu chioma chloe chris christian
christina christine christopher chukwuemeka cindy claire clara clarence claudia claudio clifford
clyde cody colin colleen connie connor constance cora corey courtney craig cristina crystal cynthia
daisy damian dan dana daniel daniela danielle danny darius darlene darnell darren daryl dave david
deborah debra deepak deepika delia delores denise dennis derek desmond devon dewayne diana diane
diego dimitri dimitrios dmitri dolores dominic dominique donald donna doris dorothy douglas duane
dustin dwight dylan ebony eddie edgar edith eduardo edward edwin eileen elaine elena eli elias
elijah elisa elizabeth ella ellen ellie elsa emeka emily emma emmanuel enrique eric erica erik erika
erin ernest ernesto esperanza esther ethan eugene eva evan evelyn ezra fadi faisal farah farhan
farid fatima fatma felicia felipe felix fernando fiona florence frances francesca francis francisco
frank franklin fred frederick gabriel gabriela gabrielle gail gary gavin genevieve geoffrey george
georgia gerald geraldine gerardo gina giovanni giuseppe gladys glenda glenn gloria gordon graham
greg gregory greta gretchen guadalupe guillermo gustavo gwen hamza hana hannah hans harold harriet
harrison harvey hassan hazel heather hector heidi helen helena henry herbert herman hiroshi hoang
hong howard hugo hussein ian ibrahim ifeoma ignacio ike imani imran ingrid irene isaac isabel
isabella isaiah ismail ivan jackie jackson jacob jacqueline jake jamal james jamie jane janet janice
jared jasmine jason javier jay jayden jean jeanette jeff jeffrey jennifer jenny jeremy jerome jerry
jesse jessica jesus jill jim jimmy jin joan joanna joanne joao jocelyn jodi joe joel johanna john
johnny jon jonathan jordan jorge jose joseph josephine joshua joyce juan juanita judith judy julia
julian julie juliet julio justin kai kaitlyn kamal kareem karen kari karim karin karl kate katherine
kathleen kathryn kathy katie katrina kay kayla keith kelly kelvin ken kendra kenji kenneth kevin
khalid kim kimberly kirsten kofi kristen kristin kumar kwame kyle lakshmi lamar lana lance larry
latisha latoya laura lauren laurie lawrence leah lee leila leon leonard leslie levi lila lily linda
lindsay lisa liz lloyd logan lois lorena lorenzo loretta lori lorraine louis louise lucas lucia lucy
luis luisa luke lydia lynn madeline madison magdalena mahmoud maja malcolm malik mandy manuel marcel
marcia marco marcos marcus margaret margarita maria mariam marian mariana marie marilyn marina mario
marisol marjorie marlene marsha martha martin marvin mary maryam mateo matilda matthew maureen
maurice maxine megan mehmet melanie melissa melvin mercedes mia michael michaela micheal michelle
miguel mikhail milagros mildred miriam mitchell mohamed mohammad mohammed molly monica monique
morgan muhammad mustafa nadia nancy naomi natalia natasha nathan nathaniel neha neil nelson nicholas
nicole nikhil nikolai nina noah noelle nora norma norman nuno obinna oksana olga olivia omar oscar
owen pablo paige pamela paolo patricia patrick paul paula pauline pedro peggy penelope peter philip
phillip phyllis pierre pilar pooja prakash pranav preeti priya priyanka rachel rafael rahul raj
rajesh ralph ramon ramona randall randy raquel rashid raul raymond rebecca regina reginald renee
ricardo richard rick ricky rita robert roberta roberto robin rodney rodrigo roger rohan roland
ronald ronnie rosa rosalind rosemary ross roxanne roy ruby rudolph russell ruth ryan sabrina sadia
salma salvatore sam samantha samir samuel sandeep sandra sanjay santiago sara sarah saul scott sean
sebastian sergei sergio seth shana shannon sharon shawn sheila shelby shelley sherry shirley
siddharth sierra simon simone siobhan sofia sonia sophia sophie stacy stanley stefan stella
stephanie stephen steve steven stuart sunil susan suzanne sven sylvia takeshi tamara tammy tanya
tara tariq taylor ted teresa terrance terrence terry thabo thanh theodore theresa thomas tiffany
timothy tina tobias todd tom tommy tomas toni tony tracy travis trevor tricia trinh troy tyler
tyrone uchenna ulrich valentina valerie vanessa vera veronica vicki victor victoria vikram vincent
viola violet virginia vivian vladimir wade wanda warren wayne wei wendy wesley whitney willa william
willie winston xavier xin yasmin yesenia yolanda yosef yousef yuki yuri yusuf yvette yvonne zachary
zainab zara zeynep zoe zoltan lan linh minh duc huong tuan quang thuy hieu phuong oluwaseun olu
oluwatobi tunde tolu ngozi chinwe adaora nkechi kemi yemi folake bisi eleanor ethel gertrude bernice
edna myrtle irma opal lucille wilma beulah marion mabel minnie hattie bessie ida velma nellie lula
essie earl walter chester elmer floyd homer lester otis virgil wilbur willard leroy luther cecil
archie alvin roscoe rufus klaus jurgen wolfgang dieter uwe helga ursula ingeborg lars nils bjorn
sigrid ciara ciaran niamh sinead saoirse orla roisin deirdre maeve eoin padraig kieran rory liam
conor cathal tadhg diarmuid manon lea ines juliette lucie celine nathalie isabelle sylvie helene
thierry philippe jacques francois pascal olivier guillaume mathieu nicolas julien quentin theo
laurent christophe sebastien yves alain lena leonie joaquin rui tiago diogo matheus guilherme
juliana leticia larissa luigi francesco matteo luca giulia chiara martina silvia temitope abimbola
kehinde taiwo segun omolara ifeanyi aminu usman sani garba umar lawal aliyu hauwa halima hadiza
damilola danjuma sipho themba mandla bongani sibusiso thulani lungile lerato thandiwe zanele mpho
kagiso karabo johan wiremu hemi mere aarav aditya krishna ravi arun kiran anjali ananya simran
rajinder surinder vidya meenakshi uma gayathri deepa devi selvi sami nasser layla nour noor lina
dina reem zahra youssef yasmine nawal reza ahmet huseyin hasan fatih ayse emine elif fang jing hui
jie lei jun yan ying yong hao lili ping yun haruto taro takashi sakura yui yoko keiko minjun jihoon
hyunwoo jisoo minji hyejin jiyoung anh bao binh chi cuong dung dat giang hanh hoa hung khoa mai nga
ngoc nhung phong phuc quynh thao thi thu tien trang trung viet vinh vy xuan keisha jacinta tracey
kylie tanisha
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(`${RAW} ${GENERATED_FIRST_NAMES_RAW}`.split(/\s+/).filter((w) => w.length > 0));

/**
 * Listed given names and family names that are also English words ("clement weather", "a pinto
 * bean", "martini"): in lower case they are read as the word. Complements ENGLISH_WORD_NAMES.
 */
export const NAMES_ALSO_WORDS: ReadonlySet<string> = new Set(
  "clement dirk noel brunet martins lopes pinto martini gentile farina smit linden".split(" "),
);
