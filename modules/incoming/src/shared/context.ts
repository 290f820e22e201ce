import { computed, inject, provide, shallowRef, type ComputedRef, type InjectionKey, type ShallowRef } from "vue";
import type { Principal } from "@orbis/contracts/identity";
import { hrefOf, type Params, type Query, type RouteName } from "../router/routes";

export interface Announcement {
  text: string;
  /** Changes on every announce, so the same sentence twice is read twice. */
  id: number;
}

export interface ModuleContext {
  user: ComputedRef<Principal>;
  /** True for the roles that write everything (incoming, admin): readers see no edit buttons. */
  isStaff: ComputedRef<boolean>;
  href: (name: RouteName, params?: Params, query?: Query) => string;
  announce: (text: string) => void;
  clearAnnouncement: () => void;
  announcement: ShallowRef<Announcement>;
}

const KEY: InjectionKey<ModuleContext> = Symbol("orbis-incoming-context");

export const STAFF_ROLES = ["incoming", "admin"];

export function isIncomingStaff(user: Pick<Principal, "roles"> | undefined): boolean {
  return (user?.roles ?? []).some((role) => STAFF_ROLES.includes(role));
}

export function provideModuleContext(getBasePath: () => string, getUser: () => Principal): ModuleContext {
  const announcement = shallowRef<Announcement>({ text: "", id: 0 });
  const context: ModuleContext = {
    user: computed(getUser),
    isStaff: computed(() => isIncomingStaff(getUser())),
    href: (name, params = {}, query) => hrefOf(name, params, getBasePath(), query),
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
  if (!context) throw new Error("useModuleContext() outside the incoming App");
  return context;
}
