"use strict";
// Shared helpers: every page reads the same JSON API as the command line prints.
const hague = (() => {
  // Colour and pattern are the page's; the words come from the API (/api/v1/statuses), the same
  // vocabulary the command line prints. `ready` resolves once they are in.
  const STATUS = {
    party: { colour: "#009E73", pattern: null },
    party_withdrawal_pending: { colour: "#009E73", pattern: "stripes" },
    ratified_not_in_force: { colour: "#56B4E9", pattern: "dots" },
    signatory: { colour: "#E69F00", pattern: null },
    signature_withdrawn: { colour: "#D55E00", pattern: "cross" },
    withdrawn: { colour: "#CC79A7", pattern: "hlines" },
    non_signatory: { colour: "#d9d9d9", pattern: null },
  };

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) {
      const error = new Error(body.error || response.statusText);
      error.body = body;
      throw error;
    }
    return body;
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function sourceLink(source) {
    if (!source) return "";
    const label = source.ref || source.url;
    const link = source.url ? el("a", { href: source.url, rel: "noopener noreferrer" }, label) : el("span", {}, label);
    const wrap = el("span", {}, link);
    if (source.via) wrap.append(" (read via ", el("a", { href: source.via, rel: "noopener noreferrer" }, "copy"), ")");
    return wrap;
  }

  function today() {
    return new Date().toISOString().slice(0, 10);
  }

  function markNav() {
    const path = location.pathname;
    for (const a of document.querySelectorAll("header nav a")) {
      const href = a.getAttribute("href");
      if (href === path || (href !== "/" && path.startsWith(href))) a.setAttribute("aria-current", "page");
    }
  }

  const ready = api("/api/v1/statuses").then((answer) => {
    for (const [code, words] of Object.entries(answer.statuses)) {
      STATUS[code].label = words.short;
      STATUS[code].sentence = words.label;
    }
  });

  document.addEventListener("DOMContentLoaded", markNav);
  return { STATUS, api, el, sourceLink, today, ready };
})();
