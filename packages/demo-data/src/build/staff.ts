import type { Random } from "../core/random";
import { slug } from "../core/text";
import { DEPARTMENT_SEEDS } from "../data/departments";
import type { LocalizedName, Sex, StaffMember, StaffRole } from "../types";
import { EmailRegistry, personName } from "./people";

const STAFF_DOMAIN = "orbis.test";

interface JobTitle {
  male: string;
  female: string;
  en: string;
}

const title = (male: string, female: string, en: string): JobTitle => ({ male, female, en });
const localized = (job: JobTitle, sex: Sex): LocalizedName => ({ fr: sex === "F" ? job.female : job.male, en: job.en });

const COORDINATOR = title(
  "Maître de conférences, responsable des relations internationales du département",
  "Maîtresse de conférences, responsable des relations internationales du département",
  "Associate professor, departmental international relations coordinator",
);

interface DemoAccount {
  email: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  kind: StaffMember["kind"];
  role: StaffRole;
  department: string | null;
  job: JobTitle;
}

/** The ten accounts of the demo, with fixed names so that guides and end-to-end tests can rely on them. */
const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@orbis.test", firstName: "Julien", lastName: "Marchand", sex: "M", kind: "administrative", role: "admin", department: null, job: title("Administrateur de l'intranet", "Administratrice de l'intranet", "Intranet administrator") },
  { email: "erasmus@orbis.test", firstName: "Claire", lastName: "Fontaine", sex: "F", kind: "administrative", role: "erasmus", department: null, job: title("Responsable du pôle Erasmus+", "Responsable du pôle Erasmus+", "Head of the Erasmus+ unit") },
  { email: "incoming@orbis.test", firstName: "Sophie", lastName: "Renaud", sex: "F", kind: "administrative", role: "incoming", department: null, job: title("Responsable du pôle mobilité entrante", "Responsable du pôle mobilité entrante", "Head of incoming mobility") },
  { email: "outgoing@orbis.test", firstName: "Thomas", lastName: "Lefort", sex: "M", kind: "administrative", role: "outgoing", department: null, job: title("Responsable du pôle mobilité sortante", "Responsable du pôle mobilité sortante", "Head of outgoing mobility") },
  { email: "agreements@orbis.test", firstName: "Nadia", lastName: "Benhamou", sex: "F", kind: "administrative", role: "agreements", department: null, job: title("Chargé des conventions internationales", "Chargée des conventions internationales", "International agreements officer") },
  { email: "vp@orbis.test", firstName: "Catherine", lastName: "Vasseur", sex: "F", kind: "academic", role: "leadership", department: null, job: title("Vice-président Relations internationales", "Vice-présidente Relations internationales", "Vice-President for International Relations") },
  { email: "analyst@orbis.test", firstName: "Mathieu", lastName: "Carpentier", sex: "M", kind: "administrative", role: "analyst", department: null, job: title("Chargé d'études et de pilotage", "Chargée d'études et de pilotage", "Data and reporting analyst") },
  { email: "rri.chinese@orbis.test", firstName: "Hélène", lastName: "Dufresne", sex: "F", kind: "academic", role: "coordinator", department: "CHINESE", job: COORDINATOR },
  { email: "rri.arabic@orbis.test", firstName: "Olivier", lastName: "Garnier", sex: "M", kind: "academic", role: "coordinator", department: "ARABIC", job: COORDINATOR },
  { email: "rri.russian@orbis.test", firstName: "Isabelle", lastName: "Morel", sex: "F", kind: "academic", role: "coordinator", department: "RUSSIAN", job: COORDINATOR },
];

export const DEMO_ACCOUNT_EMAILS: readonly string[] = DEMO_ACCOUNTS.map((a) => a.email);

const ACADEMIC_TITLES: readonly [JobTitle, number][] = [
  [title("Maître de conférences", "Maîtresse de conférences", "Associate professor"), 50],
  [title("Professeur des universités", "Professeure des universités", "Professor"), 20],
  [title("Lecteur", "Lectrice", "Language instructor"), 18],
  [title("Enseignant contractuel", "Enseignante contractuelle", "Contract lecturer"), 12],
];

const ADMINISTRATIVE_TITLES: readonly JobTitle[] = [
  title("Chargé de mobilité internationale", "Chargée de mobilité internationale", "International mobility officer"),
  title("Gestionnaire financier Erasmus+", "Gestionnaire financière Erasmus+", "Erasmus+ finance officer"),
  title("Chargé d'accueil des étudiants internationaux", "Chargée d'accueil des étudiants internationaux", "International student welcome officer"),
  title("Gestionnaire de scolarité", "Gestionnaire de scolarité", "Student records officer"),
];

const pickSex = (rng: Random): Sex => (rng.chance(0.58) ? "F" : "M");

export function buildStaff(rng: Random, id: (kind: string, name: string) => string, scale: number): StaffMember[] {
  const staff: StaffMember[] = [];
  const emails = new EmailRegistry(DEMO_ACCOUNT_EMAILS);
  const add = (member: Omit<StaffMember, "id" | "name">) => staff.push({ id: id("staff", member.email), name: `${member.firstName} ${member.lastName}`, ...member });

  for (const account of DEMO_ACCOUNTS) {
    add({
      email: account.email,
      firstName: account.firstName,
      lastName: account.lastName,
      sex: account.sex,
      kind: account.kind,
      jobTitle: localized(account.job, account.sex),
      department: account.department,
      roles: [account.role],
      scopes: account.role === "coordinator" && account.department ? [account.department] : [],
      isDemoAccount: true,
    });
  }

  const demoCoordinated = new Set(DEMO_ACCOUNTS.filter((a) => a.role === "coordinator").map((a) => a.department));
  for (const department of DEPARTMENT_SEEDS) {
    if (demoCoordinated.has(department.code)) continue;
    const sex = pickSex(rng);
    const { firstName, lastName } = personName(rng, rng.chance(0.7) ? "fr" : rng.pick(department.lecturerCultures), sex);
    const email = `rri.${slug(department.code)}@${STAFF_DOMAIN}`;
    emails.reserve(email);
    add({ email, firstName, lastName, sex, kind: "academic", jobTitle: localized(COORDINATOR, sex), department: department.code, roles: ["coordinator"], scopes: [department.code], isDemoAccount: false });
  }

  const perDepartment = Math.max(1, Math.round(4 * scale));
  for (const department of DEPARTMENT_SEEDS) {
    for (let i = 0; i < perDepartment; i++) {
      const sex = pickSex(rng);
      const { firstName, lastName } = personName(rng, rng.chance(0.55) ? "fr" : rng.pick(department.lecturerCultures), sex);
      const job = rng.weighted(ACADEMIC_TITLES, ([, weight]) => weight)[0];
      add({ email: emails.next(firstName, lastName, STAFF_DOMAIN), firstName, lastName, sex, kind: "academic", jobTitle: localized(job, sex), department: department.code, roles: [], scopes: [], isDemoAccount: false });
    }
  }

  const administrative = Math.max(2, Math.round(6 * scale));
  for (let i = 0; i < administrative; i++) {
    const sex = pickSex(rng);
    const { firstName, lastName } = personName(rng, "fr", sex);
    const job = i % ADMINISTRATIVE_TITLES.length;
    // Student records officers work in a department's office; the others in the international relations office.
    const department = job === 3 ? rng.pick(DEPARTMENT_SEEDS).code : null;
    add({ email: emails.next(firstName, lastName, STAFF_DOMAIN), firstName, lastName, sex, kind: "administrative", jobTitle: localized(ADMINISTRATIVE_TITLES[job] as JobTitle, sex), department, roles: [], scopes: [], isDemoAccount: false });
  }
  return staff;
}
