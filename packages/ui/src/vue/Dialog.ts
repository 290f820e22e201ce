import { defineComponent, h, nextTick, onBeforeUnmount, ref, watch, type PropType, useId } from "vue";
import { classNames } from "../core/class-names";
import { focusInitial, trapTab } from "../core/focus";
import { useUiText } from "./locale";

/**
 * A modal dialog rendered in place: focus moves in on open (to [data-autofocus], else the first focusable element),
 * Tab cycles inside, Escape / the close button / the backdrop emit `close`, and focus returns to where it was.
 * Slots: default (body), footer.
 */
export const Dialog = defineComponent({
  name: "ODialog",
  props: {
    open: { type: Boolean, required: true },
    title: { type: String, required: true },
    description: { type: String, default: undefined },
    size: { type: String as PropType<"md" | "lg">, default: "md" },
    closeOnBackdrop: { type: Boolean, default: true },
  },
  emits: ["close"],
  setup(props, { emit, slots }) {
    const text = useUiText();
    const id = useId();
    const dialog = ref<HTMLElement | null>(null);
    let previouslyFocused: HTMLElement | null = null;

    const restoreFocus = () => {
      if (previouslyFocused?.isConnected) previouslyFocused.focus();
      previouslyFocused = null;
    };
    watch(
      () => props.open,
      async (open) => {
        if (open) {
          previouslyFocused = document.activeElement as HTMLElement | null;
          await nextTick();
          if (dialog.value) focusInitial(dialog.value);
        } else {
          restoreFocus();
        }
      },
      { immediate: true },
    );
    onBeforeUnmount(restoreFocus);

    return () => {
      if (!props.open) return null;
      const footer = slots.footer?.();
      return h(
        "div",
        {
          class: "o-dialog-backdrop",
          onMousedown: (event: MouseEvent) => {
            if (props.closeOnBackdrop && event.target === event.currentTarget) emit("close");
          },
        },
        [
          h(
            "div",
            {
              ref: dialog,
              class: classNames("o-dialog", props.size === "lg" && "o-dialog--lg"),
              role: "dialog",
              "aria-modal": "true",
              "aria-labelledby": `${id}-title`,
              "aria-describedby": props.description ? `${id}-description` : undefined,
              tabindex: -1,
              onKeydown: (event: KeyboardEvent) => {
                if (event.key === "Escape") {
                  event.stopPropagation();
                  emit("close");
                } else {
                  trapTab(event, event.currentTarget as HTMLElement);
                }
              },
            },
            [
              h("div", { class: "o-dialog__header" }, [
                h("h2", { class: "o-dialog__title", id: `${id}-title` }, props.title),
                h("button", { type: "button", class: "o-dialog__close", "aria-label": text.value("close"), onClick: () => emit("close") }, [
                  h("span", { "aria-hidden": "true" }, "×"),
                ]),
              ]),
              h("div", { class: "o-dialog__body" }, [
                props.description && h("p", { id: `${id}-description` }, props.description),
                slots.default?.(),
              ]),
              footer && h("div", { class: "o-dialog__footer" }, footer),
            ],
          ),
        ],
      );
    };
  },
});
