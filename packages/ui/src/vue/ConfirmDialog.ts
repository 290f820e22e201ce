import { defineComponent, h, type PropType } from "vue";
import { Button } from "./Button";
import { Dialog } from "./Dialog";
import { useUiText } from "./locale";

/**
 * Asks before an action that cannot be taken back. Focus starts on Cancel (the safe answer); Escape, the close
 * button and Cancel emit `cancel`, the confirm button `confirm`. The default slot shows under the message (e.g. the
 * error of a failed attempt); `busy` shows the confirm button loading while the action runs.
 */
export const ConfirmDialog = defineComponent({
  name: "OConfirmDialog",
  props: {
    open: { type: Boolean, required: true },
    title: { type: String, required: true },
    message: { type: String, default: undefined },
    confirmLabel: { type: String, required: true },
    cancelLabel: { type: String, default: undefined },
    tone: { type: String as PropType<"danger" | "primary">, default: "danger" },
    busy: { type: Boolean, default: false },
  },
  emits: ["confirm", "cancel"],
  setup(props, { emit, slots }) {
    const text = useUiText();
    return () =>
      h(
        Dialog,
        { open: props.open, title: props.title, description: props.message, onClose: () => emit("cancel") },
        {
          default: () => slots.default?.(),
          footer: () => [
            h(Button, { variant: "secondary", "data-autofocus": "", onClick: () => emit("cancel") }, () => props.cancelLabel ?? text.value("cancel")),
            h(Button, { variant: props.tone, loading: props.busy, onClick: () => emit("confirm") }, () => props.confirmLabel),
          ],
        },
      );
  },
});
