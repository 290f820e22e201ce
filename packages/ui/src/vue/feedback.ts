import { defineComponent, h, type PropType } from "vue";
import { classNames } from "../core/class-names";
import type { BadgeTone, Tone } from "../core/types";
import { Button } from "./Button";
import { useUiText } from "./locale";

/**
 * Errors interrupt (role=alert, assertive); other tones are announced politely (role=status). A close button is shown
 * when a `@dismiss` listener is bound (declared as the onDismiss prop, as in the React Alert).
 */
export const Alert = defineComponent({
  name: "OAlert",
  props: {
    tone: { type: String as PropType<Tone>, default: "info" },
    title: { type: String, default: undefined },
    onDismiss: { type: Function as PropType<() => void>, default: undefined },
  },
  setup(props, { slots }) {
    const text = useUiText();
    return () => {
      const urgent = props.tone === "error";
      const content = slots.default?.();
      return h(
        "div",
        {
          class: classNames("o-alert", `o-alert--${props.tone}`),
          role: urgent ? "alert" : "status",
          "aria-live": urgent ? "assertive" : "polite",
          "aria-atomic": "true",
        },
        [
          h("div", { class: "o-alert__body" }, [
            props.title && h("p", { class: "o-alert__title" }, props.title),
            content && h("div", { class: "o-alert__content" }, content),
          ]),
          props.onDismiss &&
            h("button", { type: "button", class: "o-alert__dismiss", "aria-label": text.value("dismiss"), onClick: props.onDismiss }, [
              h("span", { "aria-hidden": "true" }, "×"),
            ]),
        ],
      );
    };
  },
});

export const Badge = defineComponent({
  name: "OBadge",
  props: { tone: { type: String as PropType<BadgeTone>, default: "neutral" } },
  setup(props, { slots }) {
    return () => h("span", { class: classNames("o-badge", `o-badge--${props.tone}`) }, slots.default?.());
  },
});

/** A spinner announced as a status; its label is for screen readers only. */
export const Spinner = defineComponent({
  name: "OSpinner",
  props: {
    label: { type: String, default: undefined },
    size: { type: String as PropType<"md" | "lg">, default: "md" },
  },
  setup(props) {
    const text = useUiText();
    return () =>
      h("span", { class: classNames("o-spinner", props.size === "lg" && "o-spinner--lg"), role: "status" }, [
        h("span", { class: "o-spinner__circle", "aria-hidden": "true" }),
        h("span", { class: "o-visually-hidden" }, props.label ?? text.value("loading")),
      ]);
  },
});

/** A busy region with a visible, announced label, for a page or a panel whose data is loading. */
export const LoadingState = defineComponent({
  name: "OLoadingState",
  props: { label: { type: String, default: undefined } },
  setup(props) {
    const text = useUiText();
    return () =>
      h("div", { class: "o-loading", "aria-busy": "true" }, [
        h("span", { class: "o-spinner o-spinner--lg", "aria-hidden": "true" }, [h("span", { class: "o-spinner__circle" })]),
        h("span", { role: "status" }, props.label ?? text.value("loading")),
      ]);
  },
});

/** Error message with a retry button when a `@retry` listener is bound (the onRetry prop, as in React). */
export const ErrorPanel = defineComponent({
  name: "OErrorPanel",
  props: {
    title: { type: String, default: undefined },
    message: { type: String, required: true },
    retryLabel: { type: String, default: undefined },
    onRetry: { type: Function as PropType<() => void>, default: undefined },
  },
  setup(props) {
    const text = useUiText();
    return () =>
      h("div", { class: "o-panel o-panel--error", role: "alert" }, [
        h("h2", { class: "o-panel__title" }, props.title ?? text.value("errorTitle")),
        h("p", { class: "o-panel__message" }, props.message),
        props.onRetry && h(Button, { variant: "secondary", onClick: props.onRetry }, () => props.retryLabel ?? text.value("retry")),
      ]);
  },
});

/** Title, optional message, and the default slot for an action. */
export const EmptyState = defineComponent({
  name: "OEmptyState",
  props: {
    title: { type: String, required: true },
    message: { type: String, default: undefined },
  },
  setup(props, { slots }) {
    return () =>
      h("div", { class: "o-empty" }, [
        h("p", { class: "o-empty__title" }, props.title),
        props.message && h("p", { class: "o-empty__message" }, props.message),
        slots.default?.(),
      ]);
  },
});
