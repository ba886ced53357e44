/** Spain, Spanish-speaking Latin America and Brazil. */
import { AC, AD, AGE, DT, EM, Gen, HP, LI, MR, N, PH, SS, VE, fmt, neg, t, tpl, withNote, type Tpl } from "./build";
import * as ids from "./ids";
import { phone, plate, MX_PLACES, LATAM_PLACES } from "./geo";
import { brAddr, esAddr } from "./common";
import { plain } from "./people";

const cpfFmt = (g: Gen): string => {
  const c = ids.cpf(g.r);
  return `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}`;
};
const cnsFmt = (g: Gen): string => {
  const c = ids.cns(g.r);
  return `${c.slice(0, 3)} ${c.slice(3, 7)} ${c.slice(7, 11)} ${c.slice(11)}`;
};
const splitLast = (last: string): { l1: string; l2: string } => {
  const parts = last.split(" ");
  return { l1: parts[0] ?? last, l2: parts[1] ?? "X" };
};

export const batchEsBr: Tpl[] = [
  // Spain
  tpl("es-dni", "ES", "mixed-language", (g) => {
    const p = g.person("es", "F");
    const dob = g.dob(40, 70);
    return t`Hola a todos. Paciente ${N(p.full)}, DNI ${SS(ids.dni(g.r))}, nacida el ${DT(fmt.esDM(dob))} de ${dob.getUTCFullYear()}, con LES y nefritis clase IV. Micofenolato 3 g/día, proteinuria sigue en 2,8 g. ¿Añadir belimumab o voclosporina? The English literature is all from the US, curious what Spanish centres do.`;
  }),
  tpl("es-nie", "ES", "question", (g) => {
    return withNote(t`Paciente extranjero sin tarjeta sanitaria, solo NIE ${SS(ids.nie(g.r))}. Necesita quimioterapia por LNH difuso de células grandes. ¿Cómo tramitáis el acceso al SNS en vuestra comunidad? En Madrid tarda meses.`, "NIE: foreigner identity number");
  }),
  tpl("es-nuss", "ES", "kv", (g) => {
    const p = g.person("es", "M");
    return t`Informe para incapacidad permanente (INSS):
Paciente: ${N(p.full)}
Nº afiliación SS: ${SS(ids.nuss(g.r))}
Diagnóstico: EPOC GOLD 4, FEV1 28%, O2 domiciliario
¿Alguien sabe si el tribunal médico acepta el informe de neumología sin la prueba de esfuerzo?`;
  }),
  tpl("es-address-phone", "ES", "bold-labels", (g) => {
    const p = g.person("es", "F");
    const a = esAddr(g);
    return t`**Derivación a cuidados paliativos domiciliarios**
**Nombre:** ${N(p.full)}
**Domicilio:** ${AD(a.full)}
**Teléfono:** ${PH(phone.es(g.r, g.chance(0.5)))}
ELA avanzada, rechaza VMNI. La familia pide sedación "ya". ¿Cómo lo planteáis?`;
  }),
  tpl("es-nhc", "ES", "record-no", (g) => {
    const nhc = g.r.digitsNz(7);
    const d = g.recent(90, 3);
    return withNote(t`NHC ${MR(nhc)}, ingresó el ${DT(fmt.euShort(d))} por ICA, tercer ingreso en el año. FEVI 25%, ya con sacubitrilo/valsartán, iSGLT2, betabloqueante, espironolactona. ¿Levosimendán intermitente o derivar a trasplante?`, "NHC = número de historia clínica");
  }),
  tpl("es-nuhsa", "ES", "question", (g) => {
    return t`En Andalucía la receta electrónica me da error con el NUHSA ${HP(`AN${g.r.digits(10)}`)} de mi paciente de 82 años. ¿Es un problema del sistema o del usuario?`;
  }),
  tpl("es-plate", "ES", "lowercase-chat", (g) => {
    const pl = plate.es(g.r);
    return t`urgencias: conductor del coche ${VE(pl)}, TCE leve, alcoholemia positiva, la guardia civil pide la analítica. sin orden judicial no la doy, ¿verdad?`;
  }),
  tpl("es-age-anos", "ES", "case", (g) => {
    const a = g.pick(["91", "94", "99"]);
    return t`Mujer de ${AGE(`${a} años`)}, vive sola en un pueblo de ${AD("Teruel")}, con FA y un INR de 7,8 sin sangrado. La hija quiere que la ingresemos "para controlarla". ¿Vitamina K oral y seguimiento ambulatorio?`;
  }),
  tpl("es-email", "ES", "forwarded", (g) => {
    const p = g.person("es", "M");
    const em = `${plain(p.first).toLowerCase().replace(/[^a-z]/g, "")}${plain(p.last).split(" ")[0]?.toLowerCase().replace(/[^a-z]/g, "")}${g.int(60, 99)}@${g.pick(["hotmail.es", "gmail.com", "telefonica.net"])}`;
    return t`Me escribió un paciente desde ${EM(em)} con fotos de su lesión pigmentada. Asimétrica, 9 mm, dos colores. Le he dicho que venga, pero ¿vosotros contestáis correos de pacientes? ¿Cómo lo registráis en la historia?`;
  }),
  tpl("es-muface", "ES", "short-reply", (g) => {
    return withNote(t`Con MUFACE es distinto, mi paciente (afiliación ${HP(`${g.r.digits(2)}/${g.r.digits(8)}`)}) tuvo que pedir la autorización a su entidad concertada, no al SNS.`, "MUFACE mutualist number");
  }),
  tpl("es-episodio", "ES", "encounter", (g) => {
    const ep = g.r.digitsNz(8);
    return t`Nº episodio ${AC(ep)}. Codificación: shock séptico de origen biliar, CPRE urgente. Admisión quiere cambiar el diagnóstico principal a colangitis. ¿Quién tiene razón según CIE-10-ES?`;
  }),
  // Latin America
  tpl("mx-curp", "MX", "kv", (g) => {
    const p = g.person("mx", "F");
    const dob = g.dob(20, 45);
    const { l1, l2 } = splitLast(p.last);
    return t`Solicitud para el programa de hemodiálisis:
Paciente: ${N(p.full)}
CURP: ${SS(ids.curp(g.r, { first: p.first, last: l1, last2: l2 }, dob, true, g.pick(["DF", "JC", "NL", "PL", "VZ"])))}
Domicilio: ${AD(g.pick(MX_PLACES))}
ERC estadio 5 por nefropatía de causa desconocida (zona agrícola). ¿Alguien tiene experiencia con la nefropatía mesoamericana?`;
  }),
  tpl("mx-imss", "MX", "question", (g) => {
    return withNote(t`El IMSS no le surte el trastuzumab a mi paciente (NSS ${SS(ids.imssNss(g.r))}), cáncer de mama HER2+. ¿Amparo? ¿Alguien lo ha logrado?`, "IMSS social-security number");
  }),
  tpl("mx-phone", "MX", "lowercase-chat", (g) => {
    const p = g.person("mx", "M");
    return t`mi paciente ${N(p.first.toLowerCase())} de ${AD(g.pick(["Iztapalapa", "Ecatepec", "Nezahualcóyotl", "Tlalpan"]))} tiene TB pulmonar y abandonó el tx en el mes 3. su esposa me dio su cel ${PH(phone.mx(g.r))} pero no contesta. la jurisdicción sanitaria hace búsqueda activa?`;
  }),
  tpl("ar-dni", "AR", "case", (g) => {
    const p = g.person("ar", "M");
    const dni = `${g.int(10, 45)}.${g.r.digits(3)}.${g.r.digits(3)}`;
    return t`Colegas, paciente ${N(p.full)}, DNI ${SS(dni)}, 52 años, chagásico con miocardiopatía, FEY 30%, TV no sostenida en Holter. ¿CDI en prevención primaria en Chagas? Los datos del CHAGASICS todavía no salieron cuando lo discutimos.`;
  }),
  tpl("ar-pami", "AR", "question", (g) => {
    const pami = `${g.r.digits(12)}/${g.r.digits(2)}`;
    return withNote(t`PAMI rechaza la cobertura del marcapasos para mi paciente de ${AGE("96 años")}, n.° de afiliado ${HP(pami)}, "por edad". Bloqueo AV completo con síncopes. ¿Eso es legal?`, "PAMI beneficiary number");
  }),
  tpl("cl-rut", "CL", "question", (g) => {
    const p = g.person("es", "F");
    return t`Paciente ${N(p.full)}, RUT ${SS(ids.rut(g.r))}, con hidatidosis hepática quiste de 9 cm, CE2. Cirugía vs PAIR. En Chile tenemos mucha hidatidosis en el sur. ¿Experiencias con PAIR?`;
  }),
  tpl("co-cedula", "CO", "non-native", (g) => {
    const cc = `${g.int(1, 1)}.${g.r.digits(3)}.${g.r.digits(3)}.${g.r.digits(3)}`;
    return t`Good morning colleagues, I am from Colombia. Patient with cédula CC ${SS(cc)}, 28 years, from ${AD("Tumaco")}, with cutaneous leishmaniasis 3 lesions. Glucantime is not available in his municipality. Miltefosine is good option for him?`;
  }),
  tpl("latam-address", "PE", "case", (g) => {
    const p = g.person("es", "M");
    return t`Paciente de ${AD(g.pick(LATAM_PLACES))}, ${N(p.full)}, 61 años, minero jubilado, silicosis con fibrosis masiva progresiva, ahora TB. ¿Cuánto tiempo de tratamiento en silicotuberculosis? ¿9 meses?`;
  }),
  tpl("mx-date-words", "MX", "sms", (g) => {
    const d = g.recent(200, 10);
    return t`px con mordedura de alacrán el ${DT(fmt.esDM(d))}, niña de 4 años, sialorrea, nistagmo, ya 2 frascos de faboterápico. otro frasco o esperar? en Durango vemos muchísimos`;
  }),
  tpl("mx-plate", "MX", "case", (g) => {
    const pl = `${g.r.letters(3)}-${g.r.digits(3)}-${g.r.letters(1)}`;
    return t`Atropellamiento, la víctima identificada solo por el auto en el que venía su hermano, placas ${VE(pl)} del Edomex. TCE severo. ¿Cómo manejan ustedes la identificación de pacientes desconocidos en urgencias?`;
  }),
  // Brazil
  tpl("br-cpf", "BR", "mixed-language", (g) => {
    const p = g.person("br", "F");
    const dob = g.dob(30, 60);
    return t`Boa tarde, colegas. Paciente ${N(p.full)}, CPF ${SS(cpfFmt(g))}, nascida em ${DT(fmt.eu(dob))}, com LES e anticorpo antifosfolípide, gestante de 10 semanas. Enoxaparina profilática ou plena? Sorry for the Portuguese, happy to answer in English.`;
  }),
  tpl("br-cns", "BR", "question", (g) => {
    return withNote(t`O SUS negou a solicitação de TAVI do meu paciente, Cartão SUS ${HP(cnsFmt(g))}, por "falta de documentação". Alguém sabe quais exames a regulação exige no estado de SP?`, "Cartão Nacional de Saúde (health-system beneficiary number)");
  }),
  tpl("br-address", "BR", "kv", (g) => {
    const p = g.person("br", "M");
    const a = brAddr(g);
    return t`Encaminhamento para home care:
Paciente: ${N(p.full)}
Endereço: ${AD(a.full)}
Telefone: ${PH(phone.br(g.r))}
Dx: AVC isquêmico extenso, traqueostomizado, GTT
O plano de saúde diz que o endereço é "área de risco" e não manda equipe. E agora?`;
  }),
  tpl("br-prontuario", "BR", "record-no", (g) => {
    const pr = `${g.r.digits(3)}.${g.r.digits(3)}-${g.int(0, 9)}`;
    return withNote(t`Prontuário ${MR(pr)}: homem de 44 anos com leptospirose grave (síndrome de Weil), hemorragia pulmonar. Já em VM, PEEP 14. Pulsoterapia com metilprednisolona tem evidência? Estamos em Recife, época de chuva.`, "medical record number; 'Recife' is where the physician works");
  }),
  tpl("br-whatsapp", "BR", "lowercase-chat", (g) => {
    return t`a mãe do paciente me mandou o exame pelo whatsapp ${PH(phone.br(g.r, true, 0))}, Hb 5,8 em criança de 3 anos, ferritina 4. transfusão ou ferro EV? ela mora longe, vem de barco`;
  }),
  tpl("br-plate", "BR", "case", (g) => {
    return t`Motociclista, placa ${VE(plate.br(g.r))}, fratura exposta de tíbia, chegou 6 horas depois do acidente. Antibiótico: cefazolina + gentamicina? No nosso hospital só temos ceftriaxona.`;
  }),
  tpl("br-age", "BR", "curbside", (g) => {
    const a = g.pick(["90", "93", "101"]);
    return t`Rápida: idosa de ${AGE(`${a} anos`)}, ILPI, pneumonia aspirativa 3a vez. Família quer GTT. Vocês indicam? Ela não tem demência avançada, só disfagia pós-AVC.`;
  }),
  tpl("br-email", "BR", "forwarded", (g) => {
    const p = g.person("br", "F");
    const em = `${plain(p.first).toLowerCase().replace(/[^a-z]/g, "")}${g.int(70, 99)}@${g.pick(["uol.com.br", "bol.com.br", "gmail.com", "hotmail.com"])}`;
    return t`Filha do paciente (${EM(em)}) me escreveu pedindo laudo para "isenção de imposto de renda por doença grave". Ele tem Parkinson, Hoehn-Yahr 3. Parkinson entra na lista da Receita? Acho que sim.`;
  }),
  tpl("br-rg", "BR", "question", (g) => {
    const rg = `${g.r.digits(2)}.${g.r.digits(3)}.${g.r.digits(3)}-${g.r.digits(1)}`;
    return withNote(t`Paciente indígena sem CPF, só com RG ${SS(rg)} emitido há 30 anos, precisa de hemodiálise. O sistema da regulação exige CPF. Alguém já resolveu isso com a SESAI?`, "RG: state identity-card number");
  }),
  tpl("br-cnh", "BR", "question", (g) => {
    return withNote(t`Exame toxicológico positivo para cocaína em motorista de caminhão, CNH ${LI(g.r.digitsNz(11))}. Ele nega uso, diz que foi "chá de coca" de viagem à Bolívia. Cabelo detecta chá? Sou médico do tráfego.`, "CNH: driving licence number");
  }),
  tpl("br-date-pt", "BR", "case", (g) => {
    const d = g.recent(300, 20);
    return t`Acidente ofídico (jararaca) em ${DT(fmt.pt(d))}, soroterapia adequada, mas agora com IRA dialítica 10 dias depois. Alguém viu recuperação da função renal após isso?`;
  }),
  tpl("br-nickname", "BR", "case", (g) => {
    const p = g.person("br", "M");
    const nick = g.pick(["Zezinho", "Tião", "Bira", "Juca"]);
    return t`Seu ${N(p.full)}, o "${N(nick)}" da feira, 68 anos, DPOC grave, continua fumando cigarro de palha. Todos na comunidade o conhecem. Alguma experiência com vareniclina em tabagismo de fumo de corda?`;
  }),
  tpl("br-cep-only", "BR", "sms", (g) => {
    const [, , cep] = g.pick([["", "", "69005-010"], ["", "", "66010-000"], ["", "", "60140-061"]] as const);
    return t`paciente do CEP ${AD(cep)} com febre amarela? icterícia + AST 4000. vacinado? não sabe. encaminho pra ref agora`;
  }),
  // negatives
  neg("es-neg-semfyc", "ES", "question", "Según las guías semFYC 2022 y la ESC 2023, ¿a qué objetivo de LDL lleváis a un diabético sin enfermedad CV establecida? En nuestro centro de salud de Valladolid usamos <70.", "guidelines and the physician's own health centre"),
  neg("es-neg-112", "ES", "short-reply", "Teléfonos útiles: 112 emergencias, 061 urgencias sanitarias en varias comunidades, 024 línea de atención a la conducta suicida.", "public service numbers"),
  neg("es-neg-lab", "ES", "lab-table", "Analítica: Na 122 mmol/L, osmolalidad plasmática 254, osmolalidad urinaria 480, Na en orina 64. Euvolémico. SIADH, restricción hídrica a 800 mL y si no, tolvaptán 15 mg?", "lab values"),
  neg("mx-neg-nom", "MX", "question", "La NOM-015-SSA2-2010 para diabetes está muy desactualizada. ¿Alguien usa las guías de la ADA 2025 en el IMSS o solo el cuadro básico?", "standard number and years"),
  neg("ar-neg-chagas", "AR", "case", "Carlos Chagas describió la enfermedad en 1909 en Minas Gerais. Hoy en Argentina hay 1,5 millones de infectados. ¿Tamizaje en embarazadas en vuestros centros?", "historical figure and epidemiology"),
  neg("br-neg-samu", "BR", "short-reply", "SAMU 192, Bombeiros 193, CVV 188 para prevenção do suicídio. Disque Saúde 136. Tudo público.", "public service numbers"),
  neg("br-neg-sus", "BR", "question", "O protocolo do Ministério da Saúde de 2024 para dengue mudou a hidratação do grupo C? Trabalho numa UPA em Goiânia e estamos lotados.", "protocol year and the physician's workplace"),
  neg("br-neg-scores", "BR", "sms", "qSOFA 2, SOFA 7, lactato 4,1, PAM 58 após 30 mL/kg. noradrenalina 0,3 mcg/kg/min. vasopressina agora ou hidrocortisona primeiro?", "scores and doses"),
  neg("br-neg-oswaldo", "BR", "question", "Alguém vai ao congresso da SBI em Belo Horizonte de 4 a 7 de setembro? Vou apresentar nossa coorte de 210 pacientes com histoplasmose.", "congress city and dates"),
];
