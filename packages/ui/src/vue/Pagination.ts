import { defineComponent, h } from "vue";
import { paginationItems } from "../core/pagination";
import { useUiText } from "./locale";

/** v-model:page (1-based) over pageCount pages; renders nothing for a single page. */
export const Pagination = defineComponent({
  name: "OPagination",
  props: {
    page: { type: Number, required: true },
    pageCount: { type: Number, required: true },
    label: { type: String, default: undefined },
  },
  emits: { "update:page": (page: number) => Number.isInteger(page) },
  setup(props, { emit }) {
    const text = useUiText();
    const go = (page: number) => emit("update:page", page);
    const arrow = (label: string, symbol: string, disabled: boolean, page: number) =>
      h("li", [
        h("button", { type: "button", class: "o-pagination__link", disabled, "aria-label": label, onClick: () => go(page) }, [
          h("span", { "aria-hidden": "true" }, symbol),
        ]),
      ]);
    return () => {
      if (props.pageCount <= 1) return null;
      const t = text.value;
      return h("nav", { class: "o-pagination", "aria-label": props.label ?? t("pagination") }, [
        h("p", { class: "o-pagination__status", "aria-live": "polite" }, t("pageOf", { page: props.page, count: props.pageCount })),
        h("ul", { class: "o-pagination__list" }, [
          arrow(t("previousPage"), "‹", props.page <= 1, props.page - 1),
          ...paginationItems(props.page, props.pageCount).map((item, index) =>
            item === "ellipsis"
              ? h("li", { key: `ellipsis-${index}`, class: "o-pagination__ellipsis", "aria-hidden": "true" }, "…")
              : h("li", { key: item }, [
                  h(
                    "button",
                    {
                      type: "button",
                      class: "o-pagination__link",
                      "aria-current": item === props.page ? "page" : undefined,
                      "aria-label": t("pageN", { page: item }),
                      onClick: () => go(item),
                    },
                    String(item),
                  ),
                ]),
          ),
          arrow(t("nextPage"), "›", props.page >= props.pageCount, props.page + 1),
        ]),
      ]);
    };
  },
});
