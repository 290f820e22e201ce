import { defineComponent, h, type PropType } from "vue";

/** Slots: default (body), actions (end of the header), footer. */
export const Card = defineComponent({
  name: "OCard",
  props: {
    title: { type: String, default: undefined },
    headingLevel: { type: Number as PropType<2 | 3 | 4>, default: 2 },
  },
  setup(props, { slots }) {
    return () => {
      const actions = slots.actions?.();
      const footer = slots.footer?.();
      return h("section", { class: "o-card" }, [
        (props.title || actions) &&
          h("div", { class: "o-card__header" }, [props.title && h(`h${props.headingLevel}`, { class: "o-card__title" }, props.title), actions]),
        h("div", { class: "o-card__body" }, slots.default?.()),
        footer && h("div", { class: "o-card__footer" }, footer),
      ]);
    };
  },
});

/** The page's h1 with an optional description; slot `actions` for buttons. */
export const PageHeader = defineComponent({
  name: "OPageHeader",
  props: {
    title: { type: String, required: true },
    description: { type: String, default: undefined },
  },
  setup(props, { slots }) {
    return () => {
      const actions = slots.actions?.();
      return h("header", { class: "o-page-header" }, [
        h("div", [
          h("h1", { class: "o-page-header__title" }, props.title),
          props.description && h("p", { class: "o-page-header__description" }, props.description),
        ]),
        actions && h("div", { class: "o-page-header__actions" }, actions),
      ]);
    };
  },
});
