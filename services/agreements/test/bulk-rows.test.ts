import { describe, expect, it } from "vitest";
import {
  AGREEMENT_COLUMNS,
  PARTNER_COLUMNS,
  agreementRows,
  agreementToRow,
  parseTable,
  partnerRows,
  templateColumns,
  toCsv,
  type AgreementSummary,
} from "../src/bulk";

const utf8 = (text: string) => new TextEncoder().encode(text);
const table = async (csv: string) => (await parseTable(utf8(csv), "import.csv")).rows;

const WARSAW = "5b3c1c3e-6f1a-4a57-9d7c-2f1b8a0e9c11";
const SEVILLE = "0f8e3d52-1c2b-4a6e-8f5d-3b7a9c0d1e22";
const knownPartners: Record<string, string> = { "PL WARSZAW01": WARSAW, "uw.edu.pl": WARSAW, "universidad de sevilla": SEVILLE };
const resolvePartner = (reference: string) => knownPartners[reference] ?? knownPartners[reference.toLowerCase()];

describe("partnerRows", () => {
  it("recognises French, English and bilingual headers whatever the case and accents", async () => {
    const rows = await table(
      "NOM;pays / country;City;code erasmus;SCHAC;Facultes;Réseaux / Networks;Colonne inconnue\n" +
        "Universität Wien;at;Wien;A  WIEN01;univie.ac.at;Law | Medicine;Aurora;x\n",
    );
    const { valid, errors } = partnerRows(rows);
    expect(errors).toEqual([]);
    expect(valid).toEqual([
      {
        row: 2,
        value: {
          name: "Universität Wien",
          nameLatin: "Universität Wien",
          countryCode: "AT",
          city: "Wien",
          erasmusCode: "A  WIEN01",
          schacCode: "univie.ac.at",
          website: null,
          faculties: ["Law", "Medicine"],
          contacts: [],
          networks: ["Aurora"],
        },
      },
    ]);
  });

  it("accepts country names in French or English", async () => {
    const { valid } = partnerRows(await table("Name;Country;City\nA;Allemagne;Berlin\nB;Spain;Madrid\nC;Côte d’Ivoire;Abidjan\n"));
    expect(valid.map((v) => v.value.countryCode)).toEqual(["DE", "ES", "CI"]);
  });

  it("reads contacts written as role: name <email> phone", async () => {
    const rows = await table('Nom;Pays;Ville;Contacts\nA;FR;Lyon;"Erasmus coordinator: Jeanne Martin <J.Martin@uni.fr> +33 4 72 00 00 00 | Accueil: accueil@uni.fr | Director: Paul Roy"\n');
    expect(partnerRows(rows).valid[0]?.value.contacts).toEqual([
      { role: "Erasmus coordinator", name: "Jeanne Martin", email: "j.martin@uni.fr", phone: "+33 4 72 00 00 00" },
      { role: "Accueil", name: "", email: "accueil@uni.fr", phone: null },
      { role: "Director", name: "Paul Roy", email: null, phone: null },
    ]);
  });

  it("reports row errors with spreadsheet row numbers and the API's field paths", async () => {
    const rows = await table(
      "Nom;Pays;Ville;Code Erasmus;Contacts\n" +
        "Bonne;FR;Lyon;F  LYON03;\n" +
        ";;;;\n" + // blank row 3: skipped, but counted
        "Atlantis U;XX;Atlantis;;\n" +
        "Malformed;DE;Berlin;D BERLIN1;\n" +
        "Bad contact;IT;Roma;;Jeanne sans rôle\n" +
        "Bad email;IT;Roma;;coordinator: Jo <not-an-email>\n" +
        ";ES;Madrid;;\n",
    );
    const { valid, errors } = partnerRows(rows);
    expect(valid.map((v) => v.row)).toEqual([2]);
    expect(errors).toEqual([
      { row: 4, path: "countryCode", message: "Unknown ISO 3166-1 alpha-2 country code" },
      { row: 5, path: "erasmusCode", message: expect.stringMatching(/^Erasmus code format/) },
      { row: 6, path: "contacts.0", message: 'Contact format: "role: name <email> phone" (got "Jeanne sans rôle")' },
      { row: 7, path: "contacts.0.email", message: expect.any(String) },
      { row: 8, path: "name", message: expect.any(String) },
      { row: 8, path: "nameLatin", message: expect.any(String) },
    ]);
  });

  it("reports a code already used on an earlier row of the file", async () => {
    const { valid, errors } = partnerRows(await table("Nom;Pays;Ville;Code Erasmus;Code SCHAC\nA;PL;Warszawa;PL WARSZAW01;uw.edu.pl\nB;PL;Warszawa;pl warszaw01;UW.EDU.PL\n"));
    expect(valid.map((v) => v.row)).toEqual([2]);
    expect(errors).toEqual([
      { row: 3, path: "erasmusCode", message: "Same Erasmus code as row 2" },
      { row: 3, path: "schacCode", message: "Same SCHAC code as row 2" },
    ]);
  });

  it("reports each missing required column once, on the header row", async () => {
    const { valid, errors } = partnerRows(await table("Nom;Ville\nA;Lyon\nB;Paris\n"));
    expect(valid).toEqual([]);
    expect(errors).toEqual([{ row: 1, path: "countryCode", message: 'Missing column "Pays / Country"' }]);
  });

  it("reads a blank template without errors", async () => {
    expect(partnerRows(await table(toCsv(templateColumns(PARTNER_COLUMNS), [])))).toEqual({ valid: [], errors: [] });
  });
});

describe("agreementRows", () => {
  const header = "Type;Intitulé / Title;Partenaires / Partners;Départements;Début;Fin;Signataires;Notes\n";

  it("builds CreateAgreement values, resolving partners by Erasmus code, SCHAC code or name", async () => {
    const rows = await table(
      header +
        'Erasmus+;Erasmus+ Varsovie;PL WARSZAW01;law | eco;2026-2027;2029/30;"home: Marie Curie (Présidente) 2026-05-04 | partenaire: Jan Kowalski";Renouvellement\n' +
        "double diplôme;DD Séville;Universidad de Sevilla | uw.edu.pl;;2026;2027;;\n",
    );
    const { valid, errors } = agreementRows(rows, resolvePartner);
    expect(errors).toEqual([]);
    expect(valid).toEqual([
      {
        row: 2,
        value: {
          type: "erasmus-iia",
          title: "Erasmus+ Varsovie",
          partnerIds: [WARSAW],
          departments: ["LAW", "ECO"],
          startYear: 2026,
          endYear: 2029,
          signatories: [
            { side: "home", name: "Marie Curie", role: "Présidente", signedOn: "2026-05-04" },
            { side: "partner", name: "Jan Kowalski", role: "", signedOn: null },
          ],
          notes: "Renouvellement",
          conditions: [],
        },
      },
      {
        row: 3,
        value: expect.objectContaining({ type: "double-degree", partnerIds: [SEVILLE, WARSAW], startYear: 2026, endYear: 2027 }),
      },
    ]);
  });

  it("reports end before start, unknown partners, bad types and years with row numbers and paths", async () => {
    const rows = await table(
      header +
        "bilateral;Fin avant début;PL WARSZAW01;;2028;2026;;\n" +
        "bilateral;Partenaire inconnu;uw.edu.pl | F  NULLE01;;2026;2027;;\n" +
        "bilateral;Sans partenaire;;;2026;2027;;\n" +
        "treaty;Type inconnu;uw.edu.pl;;l'an prochain;2027;;\n" +
        "bilateral;Mauvais signataire;uw.edu.pl;;2026;2027;Marie Curie;\n",
    );
    const { valid, errors } = agreementRows(rows, resolvePartner);
    expect(valid).toEqual([]);
    expect(errors).toEqual([
      { row: 2, path: "endYear", message: "The last academic year cannot come before the first" },
      { row: 3, path: "partnerIds.1", message: 'Unknown partner "F  NULLE01": give its Erasmus code, SCHAC code or name' },
      { row: 4, path: "partnerIds", message: "At least one partner" },
      { row: 5, path: "type", message: expect.any(String) },
      { row: 5, path: "startYear", message: expect.any(String) },
      { row: 6, path: "signatories.0", message: expect.stringMatching(/^Signatory format/) },
    ]);
  });

  it("reads conditions (places per direction, mobility type, level, subject area, languages)", async () => {
    const rows = await table(
      "Type;Title;Partners;Start;End;Conditions\n" +
        'erasmus-iia;Varsovie;uw.edu.pl;2026;2028;"sending student-studies places=2 months=10 eqf=6,7 isced=0231,0288 lang=en:B2,pl-b1 | accueil enseignement places=1"\n' +
        "erasmus-iia;Quota négatif;uw.edu.pl;2026;2028;sending stage places=-1\n" +
        "erasmus-iia;Mot inconnu;uw.edu.pl;2026;2028;sending student-studies seats=3\n" +
        "erasmus-iia;Sans direction;uw.edu.pl;2026;2028;student-studies places=3\n",
    );
    const { valid, errors } = agreementRows(rows, resolvePartner);
    expect(valid).toHaveLength(1);
    expect(valid[0]!.value.conditions).toEqual([
      { direction: "sending", mobilityType: "student-studies", places: 2, totalMonths: 10, eqfLevels: [6, 7], iscedCodes: ["0231", "0288"], languages: [{ language: "en", cefr: "B2" }, { language: "pl", cefr: "B1" }], contacts: [] },
      { direction: "receiving", mobilityType: "staff-teaching", places: 1, totalMonths: null, eqfLevels: [], iscedCodes: [], languages: [], contacts: [] },
    ]);
    expect(errors).toEqual([
      { row: 3, path: "conditions.0.places", message: "Places cannot be negative" },
      { row: 4, path: "conditions.0", message: expect.stringContaining('Unknown key "seats"') },
      { row: 5, path: "conditions.0", message: expect.stringContaining("needs a direction") },
    ]);
  });

  it("reports missing required columns on row 1", async () => {
    const { errors } = agreementRows(await table("Title;Partners\nX;uw.edu.pl\n"), resolvePartner);
    expect(errors.map((e) => e.path)).toEqual(["type", "startYear", "endYear"]);
    expect(errors.every((e) => e.row === 1)).toBe(true);
  });

  it("re-imports its own export (partners by name, export-only columns ignored)", async () => {
    const summary: AgreementSummary = {
      id: "9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a",
      reference: "AGR-2026-0001",
      type: "framework",
      title: "Accord-cadre Séville",
      partnerIds: [SEVILLE],
      partners: [{ id: SEVILLE, name: "Universidad de Sevilla", nameLatin: "Universidad de Sevilla", countryCode: "ES", erasmusCode: "E  SEVILLA01" }],
      departments: ["LAW"],
      startYear: 2025,
      endYear: 2030,
      status: "active",
      places: 4,
      previousId: null,
      nextId: null,
      version: 1,
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-02T00:00:00.000Z",
    };
    const { valid, errors } = agreementRows(await table(toCsv(AGREEMENT_COLUMNS, [agreementToRow(summary)])), resolvePartner);
    expect(errors).toEqual([]);
    expect(valid[0]?.value).toMatchObject({ type: "framework", title: summary.title, partnerIds: [SEVILLE], departments: ["LAW"], startYear: 2025, endYear: 2030 });

    const conditions = [
      { id: SEVILLE, direction: "receiving" as const, mobilityType: "student-traineeship" as const, places: 3, totalMonths: 15, iscedCodes: ["0413"], eqfLevels: [7], languages: [{ language: "es", cefr: "B2" as const }], contacts: [] },
    ];
    const signatories = [{ side: "partner" as const, name: "Ana García", role: "Rectora", signedOn: "2025-06-30" }];
    const full = agreementToRow({ ...summary, notes: "Signé\nen 2025", signatories, conditions });
    const again = agreementRows(await table(toCsv(AGREEMENT_COLUMNS, [full])), resolvePartner);
    expect(again.errors).toEqual([]);
    expect(again.valid[0]?.value).toMatchObject({ notes: "Signé\nen 2025", signatories, conditions: conditions.map(({ id: _id, ...c }) => c) });
  });
});
