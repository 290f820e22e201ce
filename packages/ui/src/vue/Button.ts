import { defineComponent, h, type PropType } from "vue";
import { classNames } from "../core/class-names";
import type { ButtonSize, ButtonVariant } from "../core/types";
import { useUiText } from "./locale";

export const Button = defineComponent({
  name: "OButton",
  props: {
    variant: { type: String as PropType<ButtonVariant>, default: "primary" },
    size: { type: String as PropType<ButtonSize>, default: "md" },
    type: { type: String as PropType<"button" | "submit" | "reset">, default: "button" },
    loading: { type: Boolean, default: false },
    loadingLabel: { type: String, default: undefined },
    disabled: { type: Boolean, default: false },
  },
  setup(props, { slots }) {
    const text = useUiText();
    return () =>
      h(
        "button",
        {
          type: props.type,
          class: classNames("o-btn", `o-btn--${props.variant}`, props.size === "sm" && "o-btn--sm", props.loading && "is-loading"),
          disabled: props.disabled || props.loading,
          "aria-busy": props.loading ? "true" : undefined,
        },
        [
          props.loading && h("span", { class: "o-spinner", "aria-hidden": "true" }, [h("span", { class: "o-spinner__circle" })]),
          slots.default?.(),
          props.loading && h("span", { class: "o-visually-hidden" }, props.loadingLabel ?? text.value("loading")),
        ],
      );
  },
});
