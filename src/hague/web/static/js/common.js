"use strict";
// Shared helpers: every page reads the same JSON API as the command line prints.
const hague = (() => {
  // The page's words, in its language, put in the page by the server (hague.api.pages) as a
  // JSON data block: one catalogue per language (src/hague/i18n/{en,fr,es}.json).
  const block = document.getElementById("messages");
  const { lang, messages } = block ? JSON.parse(block.textContent) : { lang: "en", messages: {} };
  // A language chosen in the URL is kept in every link and URL the page makes; without one the
  // server follows the browser's Accept-Language on every page, so nothing needs carrying.
  const chosen = new URLSearchParams(location.search).get("lang");
  const explicit = chosen !== null && chosen.toLowerCase() === lang;

  function t(key, params = {}) {
    const text = messages[key];
    if (text === undefined) throw new Error("no message " + key); // tests/test_i18n.py checks every key in the scripts
    return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
  }

  // The message `key` as the children of an element: a parameter that is a node (words in another
  // language, marked with their own lang) stands where its placeholder is.
  function tNodes(key, params = {}) {
    const text = messages[key];
    if (text === undefined) throw new Error("no message " + key);
    return text.split(/(\{\w+\})/).filter(Boolean).map((part) => {
      const name = /^\{(\w+)\}$/.exec(part);
      if (!name || !(name[1] in params)) return part;
      const value = params[name[1]];
      return value instanceof Node ? value : String(value);
    });
  }

  // Words the data gives in `language`: marked with it (a span with lang) where that is not the page's,
  // as a data caveat that its file gives only in English on a French page.
  function said(text, language) {
    return language && language !== lang ? el("span", { lang: language }, text) : text;
  }

  // Text of an answer with the data's words it left in English (the answer's `english`: a referral's
  // scope, a note on a gap in the record) each marked lang="en" where it stands.
  function markEnglish(text, english) {
    let nodes = [String(text)];
    for (const words of english || []) {
      nodes = nodes.flatMap((node) =>
        typeof node !== "string" ? [node] : node.split(words).flatMap((piece, i) => (i ? [el("span", { lang: "en" }, words), piece] : [piece])));
    }
    return nodes.filter((node) => node !== "");
  }

  // A data caveat from the API's caveat_parts: what it is about (a State's or an amendment's name in the
  // page's language), then its words, marked lang="en" where the data has them only in English.
  function caveat(part) {
    const words = said(part.text, part.lang);
    return part.label ? tNodes("common.labelled", { label: part.label, text: words }) : [words];
  }

  // Words for a code (event kind, stage...), falling back to the code itself for one the
  // catalogue does not know yet.
  function word(prefix, code) {
    const text = messages[prefix + "." + code];
    return text === undefined ? String(code).replaceAll("_", " ") : text;
  }

  // A path on this site with the chosen language kept, and `lang` for the API.
  function href(path) {
    if (!explicit) return path;
    const url = new URL(path, location.origin);
    url.searchParams.set("lang", lang);
    return url.pathname + url.search + url.hash;
  }

  function query(params) {
    const p = new URLSearchParams(params);
    if (explicit) p.set("lang", lang);
    const text = p.toString();
    return text ? "?" + text : location.pathname;
  }

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
    const url = new URL(path, location.origin);
    if (lang !== "en" && !url.searchParams.has("lang")) url.searchParams.set("lang", lang);
    const response = await fetch(url.pathname + url.search, { headers: { Accept: "application/json" } });
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
    // a reference as the data writes it, in English ("ASP press release of 10 June 2013"): marked so on other pages
    const inEnglish = source.ref && lang !== "en" ? "en" : null;
    const link = source.url ? el("a", { href: source.url, rel: "noopener noreferrer", lang: inEnglish }, label) : el("span", { lang: inEnglish }, label);
    const wrap = el("span", {}, link);
    if (source.via) wrap.append(` (${t("common.source_via")} `, el("a", { href: source.via, rel: "noopener noreferrer" }, t("common.source_copy")), ")");
    return wrap;
  }

  function today() {
    return new Date().toISOString().slice(0, 10);
  }

  function markNav() {
    const path = location.pathname;
    for (const a of document.querySelectorAll("header nav a")) {
      const target = a.getAttribute("href");
      if (a.dataset.lang) {
        // The language switcher: the same page and question, in another language.
        a.addEventListener("click", (event) => {
          event.preventDefault();
          const url = new URL(location.href);
          url.searchParams.set("lang", a.dataset.lang);
          location.href = url.toString();
        });
        continue;
      }
      if (target === path || (target !== "/" && path.startsWith(target))) a.setAttribute("aria-current", "page");
      a.setAttribute("href", href(target));
    }
  }

  const ready = api("/api/v1/statuses").then((answer) => {
    for (const [code, words] of Object.entries(answer.statuses)) {
      STATUS[code].label = words.short;
      STATUS[code].sentence = words.label;
    }
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", markNav);
  else markNav();
  // A file made in the page (a chart, a table) handed to the browser as a download.
  function save(blob, name) {
    const a = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  return { STATUS, api, el, sourceLink, today, ready, t, tNodes, said, markEnglish, caveat, word, href, query, lang, save };
})();
