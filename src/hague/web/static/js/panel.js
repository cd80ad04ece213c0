"use strict";
// The Statute's text beside an answer. A provision in a trace links to its article page at the
// paragraph (/statute/12#p2: the `link` each trace step carries in the API's JSON, from
// hague.statute.text.link); activating the link opens a side panel, a modal <dialog>, with
// that paragraph's text in the page's language (/api/v1/statute/12(2)?lang=…), without leaving
// the page. Escape or the close button closes it and focus returns to the link; a click with
// a modifier key (new tab) follows the link as any link.
hague.provision = (() => {
  const { api, el, t, href, sourceLink } = hague;
  let dialog = null;
  let heading;
  let body;
  let more;
  let opener = null;
  let asked = 0;

  function build() {
    heading = el("h2", { id: "panel-title", tabindex: "-1" });
    const close = el("button", { type: "button", class: "panel-close" }, t("panel.close"));
    close.addEventListener("click", () => dialog.close());
    body = el("div", { id: "panel-body" });
    more = el("a", { id: "panel-more", href: "#" }, t("panel.open_page"));
    dialog = el("dialog", { id: "statute-panel", class: "panel", "aria-labelledby": "panel-title" },
      el("div", { class: "panel-head" }, heading, close), body, el("p", {}, more));
    dialog.addEventListener("close", () => {
      if (opener) opener.focus();
      opener = null;
    });
    // A click on the backdrop (outside the panel's box) closes it too.
    dialog.addEventListener("click", (event) => {
      if (event.target !== dialog) return;
      const r = dialog.getBoundingClientRect();
      const inside = event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
      if (!inside) dialog.close();
    });
    document.body.append(dialog);
  }

  function paragraph(p, answer, english) {
    const number = p.n ? (/^\d+$/.test(p.n) ? p.n + "." : `(${p.n})`) : "";
    const box = el("section", { class: "para" + (english ? " fallback" : ""), "data-n": p.n });
    if (english) box.append(el("p", { class: "fallback-label" }, t("statute.fallback", { language: t("statute.lang." + answer.lang) })));
    box.append(number ? el("span", { class: "pn" }, number + " ") : "", el("p", { class: "text", lang: english ? "en" : null }, p.text));
    return box;
  }

  function render(provision, a) {
    const title = a.title || a.title_en;
    heading.replaceChildren(t("panel.title", { provision }), title ? el("span", { class: "art-title", lang: a.title ? null : "en" }, " — " + title) : "");
    // The paragraph asked for; the whole article for an article, or a paragraph it does not have.
    const all = [...a.paragraphs, ...(a.fallback || [])];
    const whole = a.paragraph === null || !all.some((p) => p.n === a.paragraph);
    const own = a.paragraphs.filter((p) => whole || p.n === a.paragraph);
    const english = (a.fallback || []).filter((p) => whole || p.n === a.paragraph);
    const shown = [...own.map((p) => paragraph(p, a, false)), ...english.map((p) => paragraph(p, a, true))];
    const parts = [];
    if (a.notice) parts.push(el("p", { class: "notice", lang: "en" }, a.notice));
    if (a.missing && (english.length || !own.length)) {
      parts.push(el("p", { class: "note" }, el("strong", {}, t("statute.missing", { language: t("statute.lang." + a.lang) })), " ", el("span", { lang: "en" }, a.missing)));
    }
    parts.push(...shown);
    const source = own.length ? a.source : english.length ? a.fallback_source : a.source;
    if (source) parts.push(el("p", { class: "source" }, t(english.length && !own.length ? "statute.fallback_source" : "statute.source"), " ", sourceLink(source)));
    body.replaceChildren(...parts);
    more.setAttribute("href", href(a.href || "/statute/" + a.article));
  }

  async function open(provision, link) {
    if (!dialog) build();
    opener = link;
    const mine = ++asked;
    heading.replaceChildren(t("panel.title", { provision }));
    body.replaceChildren(el("p", { class: "muted" }, t("panel.loading")));
    more.setAttribute("href", link.getAttribute("href"));
    if (!dialog.open) dialog.showModal();
    heading.focus();
    try {
      const answer = await api("/api/v1/statute/" + encodeURIComponent(provision));
      if (mine !== asked) return;
      render(provision, answer);
      if (answer.href) link.setAttribute("href", href(answer.href));
    } catch (e) {
      if (mine !== asked) return;
      body.replaceChildren(el("p", { class: "error", role: "alert" }, t("panel.error", { message: e.message })));
    }
  }

  // A link to the provision's text: `target` is the href the API gave (a trace step's `link`);
  // without one, /statute/<provision>, which the server sends on to the paragraph's anchor.
  function link(provision, label, target) {
    const a = el("a", {
      href: href(target || "/statute/" + provision),
      class: "provision",
      "aria-haspopup": "dialog",
      "data-provision": provision,
      title: t("panel.show", { provision }),
    }, label);
    a.addEventListener("click", (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open(provision, a);
    });
    return a;
  }

  // A sentence in the page's words with each "Art. 12(3)" / "art. 127(1)" in it made a link.
  const CITED = /\b([Aa]rt\.\s+)(\d+(?:bis|ter)?(?:\([a-z0-9]+\))*)/g;
  function inText(text) {
    const nodes = [];
    let last = 0;
    for (const m of String(text).matchAll(CITED)) {
      nodes.push(text.slice(last, m.index), link(m[2], m[0]));
      last = m.index + m[0].length;
    }
    nodes.push(text.slice(last));
    return el("span", {}, ...nodes.filter((n) => n !== ""));
  }

  return { link, inText, open };
})();
