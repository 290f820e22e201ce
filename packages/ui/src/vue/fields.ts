import { defineComponent, h, type PropType, type VNodeChild, useId } from "vue";
import { classNames } from "../core/class-names";
import { describedBy } from "../core/ids";
import type { SelectOption } from "../core/types";
import { useUiText } from "./locale";

const fieldProps = {
  label: { type: String, required: true },
  id: { type: String, default: undefined },
  hint: { type: String, default: undefined },
  /** Shown under the control, announced with it (aria-describedby) and marks it aria-invalid. */
  error: { type: String, default: undefined },
  required: { type: Boolean, default: false },
} as const;

interface FrameOptions {
  id: string;
  label: string;
  required: boolean;
  hint: string | undefined;
  error: string | undefined;
  requiredText: string;
}

function requiredMark(requiredText: string): VNodeChild {
  return h("span", { class: "o-field__required" }, [
    h("span", { "aria-hidden": "true" }, "*"),
    h("span", { class: "o-visually-hidden" }, `(${requiredText})`),
  ]);
}

function fieldFrame(options: FrameOptions, control: VNodeChild): VNodeChild {
  const { id, label, required, hint, error } = options;
  return h("div", { class: classNames("o-field", error && "o-field--invalid") }, [
    h("label", { class: "o-field__label", for: id }, [label, required && requiredMark(options.requiredText)]),
    control,
    hint && h("p", { class: "o-field__hint", id: `${id}-hint` }, hint),
    error && h("p", { class: "o-field__error", id: `${id}-error` }, error),
  ]);
}

function controlAria(id: string, hint: string | undefined, error: string | undefined) {
  return {
    "aria-describedby": describedBy(hint && `${id}-hint`, error && `${id}-error`),
    "aria-invalid": error ? "true" : undefined,
  };
}

/** v-model text input (or textarea with `multiline`); other attributes (name, type, autocomplete...) go to the control. */
export const TextField = defineComponent({
  name: "OTextField",
  inheritAttrs: false,
  props: {
    ...fieldProps,
    modelValue: { type: String, default: "" },
    multiline: { type: Boolean, default: false },
  },
  emits: { "update:modelValue": (value: string) => typeof value === "string" },
  setup(props, { emit, attrs }) {
    const text = useUiText();
    const generated = useId();
    return () => {
      const id = props.id ?? generated;
      const control = h(props.multiline ? "textarea" : "input", {
        ...(props.multiline ? {} : { type: "text" }),
        ...attrs,
        id,
        class: "o-field__input",
        value: props.modelValue,
        required: props.required,
        ...controlAria(id, props.hint, props.error),
        onInput: (event: Event) => emit("update:modelValue", (event.target as HTMLInputElement).value),
      });
      return fieldFrame({ ...props, id, requiredText: text.value("required") }, control);
    };
  },
});

export const SelectField = defineComponent({
  name: "OSelectField",
  inheritAttrs: false,
  props: {
    ...fieldProps,
    modelValue: { type: String, default: "" },
    options: { type: Array as PropType<SelectOption[]>, required: true },
    /** First, empty choice (default "Choisir…"); pass null for none. */
    placeholder: { type: [String, null] as PropType<string | null>, default: undefined },
  },
  emits: { "update:modelValue": (value: string) => typeof value === "string" },
  setup(props, { emit, attrs }) {
    const text = useUiText();
    const generated = useId();
    return () => {
      const id = props.id ?? generated;
      const control = h(
        "select",
        {
          ...attrs,
          id,
          class: "o-field__select",
          value: props.modelValue,
          required: props.required,
          ...controlAria(id, props.hint, props.error),
          onChange: (event: Event) => emit("update:modelValue", (event.target as HTMLSelectElement).value),
        },
        [
          props.placeholder !== null && h("option", { value: "" }, props.placeholder ?? text.value("selectPlaceholder")),
          ...props.options.map((option) =>
            h("option", { key: option.value, value: option.value, disabled: option.disabled, selected: option.value === props.modelValue }, option.label),
          ),
        ],
      );
      return fieldFrame({ ...props, id, requiredText: text.value("required") }, control);
    };
  },
});

export const Checkbox = defineComponent({
  name: "OCheckbox",
  inheritAttrs: false,
  props: {
    label: { type: String, required: true },
    modelValue: { type: Boolean, default: false },
    id: { type: String, default: undefined },
    hint: { type: String, default: undefined },
    disabled: { type: Boolean, default: false },
  },
  emits: { "update:modelValue": (value: boolean) => typeof value === "boolean" },
  setup(props, { emit, attrs }) {
    const generated = useId();
    return () => {
      const id = props.id ?? generated;
      return h("div", { class: "o-checkbox" }, [
        h("input", {
          ...attrs,
          id,
          type: "checkbox",
          class: "o-checkbox__input",
          checked: props.modelValue,
          disabled: props.disabled,
          "aria-describedby": describedBy(props.hint && `${id}-hint`),
          onChange: (event: Event) => emit("update:modelValue", (event.target as HTMLInputElement).checked),
        }),
        h("span", { class: "o-checkbox__text" }, [
          h("label", { for: id }, props.label),
          props.hint && h("span", { class: "o-field__hint", id: `${id}-hint` }, props.hint),
        ]),
      ]);
    };
  },
});

/** Checkboxes in a fieldset; v-model holds the checked option values in option order. */
export const CheckboxGroup = defineComponent({
  name: "OCheckboxGroup",
  props: {
    legend: { type: String, required: true },
    options: { type: Array as PropType<SelectOption[]>, required: true },
    modelValue: { type: Array as PropType<string[]>, default: () => [] },
    hint: { type: String, default: undefined },
    error: { type: String, default: undefined },
    required: { type: Boolean, default: false },
  },
  emits: { "update:modelValue": (value: string[]) => Array.isArray(value) },
  setup(props, { emit }) {
    const text = useUiText();
    const id = useId();
    const toggle = (value: string, checked: boolean) => {
      const next = new Set(props.modelValue);
      if (checked) next.add(value);
      else next.delete(value);
      emit("update:modelValue", props.options.map((option) => option.value).filter((v) => next.has(v)));
    };
    return () =>
      h(
        "fieldset",
        {
          class: classNames("o-fieldset", props.error && "o-field--invalid"),
          "aria-describedby": describedBy(props.hint && `${id}-hint`, props.error && `${id}-error`),
        },
        [
          h("legend", { class: "o-field__legend" }, [props.legend, props.required && requiredMark(text.value("required"))]),
          props.hint && h("p", { class: "o-field__hint", id: `${id}-hint` }, props.hint),
          ...props.options.map((option) =>
            h(Checkbox, {
              key: option.value,
              label: option.label,
              name: id,
              value: option.value,
              disabled: option.disabled,
              modelValue: props.modelValue.includes(option.value),
              "onUpdate:modelValue": (checked: boolean) => toggle(option.value, checked),
            }),
          ),
          props.error && h("p", { class: "o-field__error", id: `${id}-error` }, props.error),
        ],
      );
  },
});
