import { ApiError } from "@orbis/contracts/http";
import { getLocale, type Locale } from "@orbis/ui/i18n";
import { h } from "./dom";
import { localeSwitch } from "./locale-switch";
import { localized } from "./localized";
import { shellText } from "./messages";

type Key = Parameters<typeof shellText.t>[1];

/** What the form shows after a failed attempt: a summary, and messages next to the fields at fault. */
interface LoginErrors {
  summary?: { key: Key; params?: Record<string, string> };
  email?: Key;
  password?: Key;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(email: string, password: string): LoginErrors {
  const errors: LoginErrors = {};
  if (!email) errors.email = "emailRequired";
  else if (!EMAIL_SHAPE.test(email)) errors.email = "emailInvalid";
  if (!password) errors.password = "passwordRequired";
  return errors;
}

/** Turns the identity service's problem+json (or a network failure) into messages in the reader's language. */
export function loginErrorsOf(error: unknown): LoginErrors {
  if (!(error instanceof ApiError)) return { summary: { key: "serverUnreachable" } };
  const code = error.problem?.code;
  if (code === "invalid_credentials" || error.status === 401) return { summary: { key: "invalidCredentials" } };
  if (code === "rate_limited" || error.status === 429) return { summary: { key: "tooManyAttempts" } };
  if (code === "forbidden" || error.status === 403) return { summary: { key: "accountDisabled" } };
  if (code === "validation" || error.status === 400) {
    const fields: LoginErrors = {};
    if (error.fieldError("email")) fields.email = "emailInvalid";
    if (error.fieldError("password")) fields.password = "passwordRequired";
    if (fields.email || fields.password) return fields;
  }
  if (error.status >= 502) return { summary: { key: "serverUnreachable" } };
  return { summary: { key: "loginFailed", params: { detail: error.problem?.detail ?? error.problem?.title ?? error.message } } };
}

function field(id: string, type: string, autocomplete: string) {
  const label = h("label", { class: "o-field__label", for: id });
  const input = h("input", { id, name: id.replace("login-", ""), type, autocomplete, class: "o-field__input", required: true });
  const error = h("p", { class: "o-field__error", id: `${id}-error`, hidden: true });
  const wrapper = h("div", { class: "o-field" }, label, input, error);
  return { wrapper, label, input, error };
}

/**
 * The sign-in page: email and password with labels, errors announced (role=alert) and tied to their fields
 * (aria-invalid, aria-describedby), the language switch, and no navigation landmark (there is nowhere to go yet).
 * Resolves the form through `signIn`; on success `onSignedIn` takes over.
 */
export function loginPage(options: { signIn: (email: string, password: string) => Promise<void>; onSignedIn: () => void }) {
  const email = field("login-email", "email", "username");
  const password = field("login-password", "password", "current-password");
  const submit = h("button", { type: "submit", class: "o-btn o-btn--primary shell-login__submit" });
  const summaryTitle = h("p", { class: "o-alert__title" });
  const summaryText = h("p", {});
  const summary = h(
    "div",
    { class: "o-alert o-alert--error", role: "alert", tabindex: "-1", hidden: true },
    h("div", { class: "o-alert__body" }, summaryTitle, h("div", { class: "o-alert__content" }, summaryText)),
  );
  const heading = h("h1", { class: "shell-login__title", tabindex: "-1" });
  const intro = h("p", { class: "shell-login__intro" });
  const form = h("form", { class: "shell-login__form", novalidate: true, "aria-labelledby": "shell-login-title" }, email.wrapper, password.wrapper, submit);
  heading.id = "shell-login-title";

  let errors: LoginErrors = {};
  let busy = false;

  const showErrors = (locale: Locale) => {
    const t = shellText.bind(locale);
    summary.hidden = !errors.summary;
    summaryTitle.textContent = t("errorSummary");
    summaryText.textContent = errors.summary ? t(errors.summary.key, errors.summary.params) : "";
    for (const [key, control] of [
      ["email", email],
      ["password", password],
    ] as const) {
      const message = errors[key];
      control.wrapper.classList.toggle("o-field--invalid", Boolean(message));
      control.error.hidden = !message;
      control.error.textContent = message ? t(message) : "";
      if (message) {
        control.input.setAttribute("aria-invalid", "true");
        control.input.setAttribute("aria-describedby", control.error.id);
      } else {
        control.input.removeAttribute("aria-invalid");
        control.input.removeAttribute("aria-describedby");
      }
    }
  };

  const page = localized(
    h(
      "main",
      { id: "main", class: "shell-login", tabindex: "-1" },
      h("div", { class: "shell-login__card" }, h("div", { class: "shell-login__bar" }, h("p", { class: "shell-login__brand" }, "Orbis"), localeSwitch()), heading, intro, summary, form),
    ),
    (_element, locale) => {
      const t = shellText.bind(locale);
      document.title = `${t("loginTitle")} — Orbis`;
      heading.textContent = t("loginTitle");
      intro.textContent = t("loginIntro");
      email.label.textContent = t("email");
      password.label.textContent = t("password");
      submit.textContent = busy ? t("signingIn") : t("signIn");
      showErrors(locale);
    },
  );

  const setBusy = (value: boolean) => {
    busy = value;
    submit.disabled = value;
    form.setAttribute("aria-busy", String(value));
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    const emailValue = email.input.value.trim();
    const passwordValue = password.input.value;
    const locale = getLocale();
    errors = validate(emailValue, passwordValue);
    if (errors.email || errors.password) {
      showErrors(locale);
      (errors.email ? email.input : password.input).focus();
      return;
    }
    errors = {};
    showErrors(locale);
    setBusy(true);
    submit.textContent = shellText.t(locale, "signingIn");
    options.signIn(emailValue, passwordValue).then(
      () => options.onSignedIn(),
      (error: unknown) => {
        setBusy(false);
        const current = getLocale();
        submit.textContent = shellText.t(current, "signIn");
        errors = loginErrorsOf(error);
        showErrors(current);
        if (errors.email) email.input.focus();
        else if (errors.password) password.input.focus();
        else {
          password.input.value = "";
          password.input.focus();
        }
      },
    );
  });

  return { element: page, focus: () => email.input.focus() };
}
