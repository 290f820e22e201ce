import { Contact } from "@orbis/contracts/agreements";
import { children, childText, textOf, type XmlElement } from "./xml-tree";

/** An EWP c:Contact as an Orbis contact; null (with the reason) when nothing usable remains. */
export function contactFromEwp(node: XmlElement, defaultRole: string): { contact: Contact | null; problem?: string } {
  const given = childText(node, "person-given-names");
  const family = childText(node, "person-family-name");
  const name = childText(node, "contact-name") || [given, family].filter(Boolean).join(" ");
  const role = childText(node, "role-description") || defaultRole;
  const phoneNode = children(node, "phone-number")[0];
  const phone = phoneNode ? childText(phoneNode, "e164") || childText(phoneNode, "other-format") : null;
  const email = childText(node, "email");
  const full = Contact.safeParse({ role: role.slice(0, 120), name: name.slice(0, 200), email: email || null, phone: phone || null });
  if (full.success) return { contact: full.data };
  // Keep the person even when the partner's email or phone does not pass our checks.
  const bare = Contact.safeParse({ role: role.slice(0, 120), name: name.slice(0, 200), email: null, phone: null });
  return bare.success
    ? { contact: bare.data, problem: `email "${email ?? ""}" / phone "${phone ?? ""}" of contact "${name}" rejected (${full.error.issues.map((i) => i.message).join("; ")})` }
    : { contact: null, problem: `contact "${name || textOf(node)}" unreadable` };
}

/** Country and city from a contact's postal address, when the partner gives one. */
export function addressOf(node: XmlElement): { country: string | null; city: string | null } {
  for (const name of ["street-address", "mailing-address"]) {
    const address = children(node, name)[0];
    if (address) return { country: childText(address, "country")?.toUpperCase() || null, city: childText(address, "locality") || null };
  }
  return { country: null, city: null };
}
