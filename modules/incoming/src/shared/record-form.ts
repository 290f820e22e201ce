import { computed, ref, type Ref } from "vue";
import { useMutation } from "@tanstack/vue-query";
import { fieldErrorsOf, isStaleVersion } from "../api/problems";

interface Versioned {
  id: string;
  version: number;
}

/**
 * A form that creates a record, or edits one under optimistic concurrency: the version read goes with the change,
 * and after a 409 stale_version `stale` stays true until `reload()` puts the latest record (and its version) in the
 * form, replacing what was typed. Field errors of a refusal are keyed by field ("body." dropped).
 */
export function useRecordForm<TRecord extends Versioned, TForm>(options: {
  record: () => TRecord | undefined;
  empty: () => TForm;
  toForm: (record: TRecord) => TForm;
  create?: (form: TForm) => Promise<TRecord>;
  update: (id: string, form: TForm, version: number) => Promise<TRecord>;
  latest: (id: string) => Promise<TRecord>;
  onSaved: (record: TRecord, created: boolean) => void;
}) {
  const start = options.record();
  const form = ref(start ? options.toForm(start) : options.empty()) as Ref<TForm>;
  const version = ref(start?.version ?? 0);
  const reloading = ref(false);
  const save = useMutation({
    mutationFn: () => {
      const record = options.record();
      if (record) return options.update(record.id, form.value, version.value);
      if (!options.create) throw new Error("This form only edits");
      return options.create(form.value);
    },
    onSuccess: (saved) => {
      const created = !options.record();
      if (created) form.value = options.empty();
      else version.value = saved.version;
      options.onSaved(saved, created);
    },
  });
  async function reload() {
    const record = options.record();
    if (!record) return;
    reloading.value = true;
    try {
      const fresh = await options.latest(record.id);
      form.value = options.toForm(fresh);
      version.value = fresh.version;
      save.reset();
    } finally {
      reloading.value = false;
    }
  }
  return {
    form,
    save,
    reload,
    reloading,
    editing: computed(() => !!options.record()),
    stale: computed(() => isStaleVersion(save.error.value)),
    errors: computed((): Record<string, string | undefined> => fieldErrorsOf(save.error.value)),
  };
}
