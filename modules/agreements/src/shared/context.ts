import { computed, inject, provide, shallowRef, type ComputedRef, type InjectionKey, type ShallowRef } from "vue";
import type { Principal } from "@orbis/contracts/identity";
import { hrefOf, type PageRoute } from "../router/routes";

export interface Announcement {
  text: string;
  /** Changes on every announce, so the same sentence twice is read twice. */
  id: number;
}

export interface ModuleContext {
  /** True for the roles that write (agreements, admin): readers see no edit buttons. */
  canWrite: ComputedRef<boolean>;
  href: (route: PageRoute) => string;
  announce: (text: string) => void;
  clearAnnouncement: () => void;
  announcement: ShallowRef<Announcement>;
}

const KEY: InjectionKey<ModuleContext> = Symbol("orbis-agreements-context");

export const WRITER_ROLES = ["agreements", "admin"];

export function canWriteAgreements(user: Pick<Principal, "roles"> | undefined): boolean {
  return (user?.roles ?? []).some((role) => WRITER_ROLES.includes(role));
}

export function provideModuleContext(getBasePath: () => string, getUser: () => Principal): ModuleContext {
  const announcement = shallowRef<Announcement>({ text: "", id: 0 });
  const context: ModuleContext = {
    canWrite: computed(() => canWriteAgreements(getUser())),
    href: (route) => hrefOf(route, getBasePath()),
    announce: (text) => {
      announcement.value = { text, id: announcement.value.id + 1 };
    },
    clearAnnouncement: () => {
      if (announcement.value.text) announcement.value = { text: "", id: announcement.value.id + 1 };
    },
    announcement,
  };
  provide(KEY, context);
  return context;
}

export function useModuleContext(): ModuleContext {
  const context = inject(KEY, null);
  if (!context) throw new Error("useModuleContext() outside the agreements App");
  return context;
}
