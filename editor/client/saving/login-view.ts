/** Signing in: the form that opens the session (cookie + CSRF token), and who is signed in, with signing out. */
import type { SessionResponse } from "../../protocol.js";
import { ApiError, login, logout } from "../api.js";
import { h } from "../dom.js";
import { errorText, type SaveWords } from "./words.js";

export function loginView(w: SaveWords, signedIn: (session: SessionResponse) => void): HTMLElement {
  const user = h("input", { id: "login-user", type: "text", autocomplete: "username", required: true });
  const password = h("input", { id: "login-password", type: "password", autocomplete: "current-password", required: true });
  const message = h("p", { class: "bad", role: "alert" });
  const form = h(
    "form",
    { class: "login", "aria-labelledby": "login-title" },
    h("h1", { id: "login-title" }, w.login),
    h("p", {}, w.loginNeeded),
    h("p", { class: "field" }, h("label", { for: "login-user" }, w.user), user),
    h("p", { class: "field" }, h("label", { for: "login-password" }, w.password), password),
    h("button", { type: "submit", id: "login-submit" }, w.login),
    message,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    message.textContent = "";
    login(user.value, password.value).then(signedIn, (error: unknown) => {
      message.textContent = error instanceof ApiError ? errorText(w, error.status, error.detail) : String(error);
    });
  });
  return form;
}

export function sessionBadge(session: SessionResponse, w: SaveWords, signedOut: () => void): HTMLElement {
  const { name, role, faculty } = session.user;
  return h(
    "span",
    { class: "session", id: "session" },
    `${name} (${role}${faculty ? ` ${faculty}` : ""}) `,
    h("button", { type: "button", id: "logout", onclick: () => void logout().then(signedOut) }, w.logout),
  );
}
