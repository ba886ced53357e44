/** Small composed values shared by the batches (addresses, emails) built on geo.ts. */
import type { Gen } from "./build";
import { emailLocal } from "./build";
import type { Person } from "./people";
import * as geo from "./geo";

export const usAddr = (g: Gen) => {
  const [city, st, zip] = g.pick(geo.US_PLACES);
  const street = `${g.int(12, 9890)} ${g.pick(geo.US_STREETS)}`;
  return { street, city, st, zip, full: `${street}, ${city}, ${st} ${zip}`, cityLine: `${city}, ${st} ${zip}` };
};
export const ukAddr = (g: Gen) => {
  const [town, pc] = g.pick(geo.UK_PLACES);
  const street = g.chance(0.3) ? `Flat ${g.int(1, 12)}, ${g.int(2, 190)} ${g.pick(geo.UK_STREETS)}` : `${g.int(2, 190)} ${g.pick(geo.UK_STREETS)}`;
  return { street, town, pc, full: `${street}, ${town} ${pc}` };
};
export const ieAddr = (g: Gen) => {
  const [town, key] = g.pick(geo.IE_PLACES);
  const street = `${g.int(1, 88)} ${g.pick(geo.IE_STREETS)}`;
  const eir = geo.eircode(g.r, key);
  return { street, town, eir, full: `${street}, ${town}, ${eir}` };
};
export const caAddr = (g: Gen) => {
  const [city, prov, fsa] = g.pick(geo.CA_PLACES);
  const pc = geo.caPostal(g.r, fsa);
  const street = `${g.int(10, 4800)} ${g.pick(prov === "QC" ? geo.QC_STREETS : geo.CA_STREETS)}`;
  return { street, city, prov, pc, full: `${street}, ${city}, ${prov} ${pc}` };
};
export const auAddr = (g: Gen) => {
  const [suburb, state, pc] = g.pick(geo.AU_PLACES);
  const street = `${g.chance(0.3) ? `${g.int(1, 14)}/` : ""}${g.int(2, 240)} ${g.pick(geo.AU_STREETS)}`;
  return { street, suburb, state, pc, full: `${street}, ${suburb} ${state} ${pc}`, loc: `${suburb} ${state} ${pc}` };
};
export const inAddr = (g: Gen) => {
  const [loc, pin, state] = g.pick(geo.IN_PLACES);
  const street = g.pick([`No. ${g.int(2, 480)}, ${g.int(1, 18)}th Cross`, `Flat ${g.int(101, 904)}, ${g.pick(["Sai Krupa Apts", "Lakshmi Residency", "Green Park Society", "Shanti Nivas"])}`, `H.No. ${g.int(1, 30)}-${g.int(1, 12)}-${g.int(10, 400)}`, `${g.int(2, 99)}, ${g.pick(["Gandhi Road", "Station Road", "MG Road", "Temple Street", "Nehru Nagar"])}`]);
  return { street, loc, pin, state, full: `${street}, ${loc} ${pin}`, locPin: `${loc} - ${pin}` };
};
export const frAddr = (g: Gen) => {
  const [cp, city] = g.pick(geo.FR_PLACES);
  const street = `${g.int(1, 140)}${g.chance(0.15) ? " bis" : ""} ${g.pick(geo.FR_STREETS)}`;
  return { street, cp, city, full: `${street}, ${cp} ${city}`, cpCity: `${cp} ${city}` };
};
export const deAddr = (g: Gen) => {
  const [plz, city] = g.pick(geo.DE_PLACES);
  const street = `${g.pick(geo.DE_STREETS)} ${g.int(1, 120)}${g.chance(0.2) ? "a" : ""}`;
  return { street, plz, city, full: `${street}, ${plz} ${city}`, plzCity: `${plz} ${city}` };
};
export const esAddr = (g: Gen) => {
  const [cp, city] = g.pick(geo.ES_PLACES);
  const street = `${g.pick(geo.ES_STREETS)}, ${g.int(1, 120)}, ${g.int(1, 8)}º ${g.pick(["A", "B", "C", "izq.", "dcha."])}`;
  return { street, cp, city, full: `${street}, ${cp} ${city}`, cpCity: `${cp} ${city}` };
};
export const brAddr = (g: Gen) => {
  const [bairro, city, cep] = g.pick(geo.BR_PLACES);
  const street = `${g.pick(geo.BR_STREETS)}, ${g.int(10, 2400)}${g.chance(0.4) ? `, apto ${g.int(11, 184)}` : ""}`;
  return { street, bairro, city, cep, full: `${street} - ${bairro}, ${city}, ${cep}` };
};
export const zaAddr = (g: Gen) => {
  const [area, code] = g.pick(geo.ZA_PLACES);
  const street = `${g.int(3, 4400)} ${g.pick(geo.ZA_STREETS)}`;
  return { street, area, code, full: `${street}, ${area}, ${code}` };
};
export const ngAddr = (g: Gen) => {
  const area = g.pick(geo.NG_PLACES);
  const street = `${g.chance(0.5) ? "No. " : ""}${g.int(2, 88)} ${g.pick(geo.NG_STREETS)}`;
  return { street, area, full: `${street}, ${area}` };
};
export const email = (g: Gen, p: Person, domains: readonly string[]): string => `${emailLocal(p, g.r)}@${g.pick(domains)}`;
export const US_MAIL = ["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "aol.com", "outlook.com", "comcast.net", "att.net"];
export const UK_MAIL = ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"];
