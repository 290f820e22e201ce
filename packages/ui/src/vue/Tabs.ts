import { defineComponent, h, ref, type PropType, useId } from "vue";
import { tabIndexForKey } from "../core/keyboard";
import type { TabItem } from "../core/types";

/**
 * WAI-ARIA tabs with automatic activation (arrows, Home, End). Each panel is the slot named after its tab id.
 * v-model holds the selected id (optional: uncontrolled without it).
 */
export const Tabs = defineComponent({
  name: "OTabs",
  props: {
    label: { type: String, required: true },
    tabs: { type: Array as PropType<TabItem[]>, required: true },
    modelValue: { type: String, default: undefined },
  },
  emits: { "update:modelValue": (id: string) => typeof id === "string" },
  setup(props, { emit, slots }) {
    const baseId = useId();
    const ownSelection = ref(props.tabs.find((tab) => !tab.disabled)?.id);
    const tabElements = new Map<string, HTMLButtonElement>();
    const current = () => props.modelValue ?? ownSelection.value;

    const select = (id: string) => {
      ownSelection.value = id;
      emit("update:modelValue", id);
    };
    const onKeyDown = (event: KeyboardEvent, id: string) => {
      const enabled = props.tabs.filter((tab) => !tab.disabled);
      const target = tabIndexForKey(event.key, enabled.findIndex((tab) => tab.id === id), enabled.length);
      if (target === null) return;
      event.preventDefault();
      const next = enabled[target]!;
      select(next.id);
      tabElements.get(next.id)?.focus();
    };

    return () =>
      h("div", { class: "o-tabs" }, [
        h(
          "div",
          { class: "o-tabs__list", role: "tablist", "aria-label": props.label },
          props.tabs.map((tab) => {
            const selected = tab.id === current();
            return h(
              "button",
              {
                key: tab.id,
                ref: (element: unknown) => {
                  if (element) tabElements.set(tab.id, element as HTMLButtonElement);
                  else tabElements.delete(tab.id);
                },
                type: "button",
                role: "tab",
                id: `${baseId}-tab-${tab.id}`,
                class: "o-tabs__tab",
                "aria-selected": selected ? "true" : "false",
                "aria-controls": `${baseId}-panel-${tab.id}`,
                tabindex: selected ? 0 : -1,
                disabled: tab.disabled,
                onClick: () => select(tab.id),
                onKeydown: (event: KeyboardEvent) => onKeyDown(event, tab.id),
              },
              tab.label,
            );
          }),
        ),
        ...props.tabs.map((tab) =>
          h(
            "div",
            {
              key: tab.id,
              role: "tabpanel",
              id: `${baseId}-panel-${tab.id}`,
              class: "o-tabs__panel",
              "aria-labelledby": `${baseId}-tab-${tab.id}`,
              tabindex: 0,
              hidden: tab.id !== current(),
            },
            tab.id === current() ? slots[tab.id]?.() : undefined,
          ),
        ),
      ]);
  },
});
