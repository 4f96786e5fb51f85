// retold page: send an article to the API, show its claims beside their evidence.
// Every piece of article and evidence text goes in through textContent or text nodes,
// never parsed as HTML, so markup in a document shows as text.
"use strict";

(function () {
  const ICON = { faithful: "\u2713", distorted: "\u2717", unsupported: "?" };
  let view = null;
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function status(text) { $("status").textContent = text; }

  function showError(body) {
    const box = $("error");
    box.replaceChildren();
    box.append(el("strong", {}, body.code || "error"), " ", el("span", { class: "message" }, body.message || ""));
    if (body.hint) box.append(el("p", { class: "hint" }, body.hint));
    box.hidden = false;
    status("");
  }

  async function call(url, options) {
    $("error").hidden = true;
    status("Checking\u2026");
    let response;
    try {
      response = await fetch(url, options);
    } catch (e) {
      showError({ code: "network", message: String(e) });
      return null;
    }
    const body = await response.json().catch(() => ({ code: "E316", message: "Unreadable answer" }));
    if (!response.ok) { showError(body); return null; }
    status("");
    return body;
  }

  async function check(url, options) {
    const body = await call(url, options);
    if (body) render(body);
  }

  // -- input ----------------------------------------------------------------------------

  function selectTab(tab) {
    for (const t of document.querySelectorAll("[role=tab]")) {
      const on = t === tab;
      t.setAttribute("aria-selected", String(on));
      $(t.getAttribute("aria-controls")).hidden = !on;
    }
  }

  function checkPaste() {
    const params = new URLSearchParams({ format: "view" });
    for (const key of ["published", "outlet", "title"]) {
      const value = $("paste-" + key).value.trim();
      if (value) params.set(key, value);
    }
    check("/api/check/text?" + params, {
      method: "POST",
      headers: { "Content-Type": "text/plain; charset=utf-8" },
      body: $("paste-text").value,
    });
  }

  function checkUpload() {
    const file = $("upload-file").files[0];
    if (!file) { showError({ code: "input", message: "Choose a file first." }); return; }
    const form = new FormData();
    form.append("file", file, file.name);
    check("/api/check/file?format=view", { method: "POST", body: form });
  }

  function checkUrl() {
    check("/api/check/url?format=view", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + $("url-token").value },
      body: JSON.stringify({ url: $("url-value").value }),
    });
  }

  async function searchStore() {
    const q = $("store-q").value;
    const body = await call("/api/documents?" + new URLSearchParams({ q: q, limit: "50" }));
    if (!body) return;
    const list = $("store-results");
    list.replaceChildren();
    for (const doc of body.documents) {
      const button = el("button", { type: "button", class: "pick" }, doc.title || doc.id);
      button.dataset.docId = doc.id;
      button.addEventListener("click", () =>
        check("/api/check/" + encodeURIComponent(doc.id) + "?format=view"));
      const item = el("li");
      item.append(button, " ", el("span", { class: "meta" }, [doc.outlet, (doc.published || "").slice(0, 10)].filter(Boolean).join(", ")));
      list.append(item);
    }
    if (!body.documents.length) list.append(el("li", { class: "meta" }, "No documents match."));
  }

  // -- the checked article ----------------------------------------------------------------

  function render(data) {
    view = data;
    const article = data.article;
    $("article-title").textContent = article.title || article.id || "Article";
    $("article-meta").textContent = [article.outlet, article.published, article.url].filter(Boolean).join(" \u00b7 ");
    const box = $("article-text");
    box.replaceChildren();
    const text = article.text || "";
    const claims = data.claims.slice().sort((a, b) => a.start - b.start || b.end - a.end);
    let pos = 0;
    for (const claim of claims) {
      if (claim.start < pos) continue; // an overlapping claim stays reachable in the list below
      box.append(document.createTextNode(text.slice(pos, claim.start)));
      box.append(claimMark(claim, text.slice(claim.start, claim.end)));
      pos = claim.end;
    }
    box.append(document.createTextNode(text.slice(pos)));
    renderClaimList(data);
    renderSources(data);
    $("claim-detail").hidden = true;
    $("claim-empty").hidden = false;
    $("result").hidden = false;
    const counts = { faithful: 0, distorted: 0, unsupported: 0 };
    for (const c of data.claims) counts[c.verdict] = (counts[c.verdict] || 0) + 1;
    const undated = article.published ? "" : " The article has no publication date: relative dates are read against today.";
    status(`${data.claims.length} claims: ${counts.distorted} distorted, ${counts.unsupported} unsupported, ${counts.faithful} faithful.${undated}`);
  }

  function claimMark(claim, text) {
    const mark = el("mark", {
      class: "claim " + claim.verdict,
      id: "claim-" + claim.id,
      tabindex: "0",
      role: "button",
      "aria-label": `${claim.verdict} claim ${claim.id}`,
    });
    mark.dataset.claim = claim.id;
    mark.append(el("span", { class: "icon", "aria-hidden": "true" }, ICON[claim.verdict] || "?"), document.createTextNode(text));
    mark.addEventListener("click", () => select(claim.id));
    mark.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(claim.id); }
    });
    return mark;
  }

  function docLabel(doc, id) {
    if (!doc) return id;
    return [doc.outlet || id, (doc.published || "").slice(0, 10)].filter(Boolean).join(", ");
  }

  function select(id) {
    const claim = view.claims.find((c) => c.id === id);
    if (!claim) return;
    for (const m of document.querySelectorAll("mark.claim.selected")) m.classList.remove("selected");
    const mark = $("claim-" + id);
    if (mark) mark.classList.add("selected");
    $("claim-empty").hidden = true;
    $("claim-detail").hidden = false;
    const verdict = $("claim-verdict");
    verdict.className = "verdict claim " + claim.verdict;
    verdict.textContent = (ICON[claim.verdict] || "") + " " + claim.verdict;
    $("claim-id").textContent = [claim.id, claim.kind, claim.speaker && "speaker: " + claim.speaker, claim.outlet && "credited: " + claim.outlet].filter(Boolean).join(" \u00b7 ");
    $("claim-text").textContent = claim.text;
    const table = $("changes");
    const body = table.querySelector("tbody");
    body.replaceChildren();
    for (const d of claim.distortions) {
      const row = el("tr");
      row.append(el("th", { scope: "row" }, d.kind), el("td", { class: "claimed" }, d.claimed), el("td", { class: "found" }, d.found));
      body.append(row);
      if (d.explanation) {
        const note = el("tr", { class: "explanation" });
        note.append(el("td", { colspan: "3" }, d.explanation));
        body.append(note);
      }
    }
    table.hidden = claim.distortions.length === 0;
    $("claim-notes").textContent = (claim.notes || []).join(" ");
    // The passage the first distortion points at, or else the best evidence.
    const refs = claim.distortions.map((d) => ({ ...d.evidence, stance: "disagree" })).concat(claim.evidence);
    showEvidence(refs[0], refs.slice(1));
  }

  function showEvidence(ref, others) {
    const source = $("evidence-source");
    const box = $("evidence-doc");
    source.replaceChildren();
    box.replaceChildren();
    $("evidence-others").replaceChildren();
    if (!ref) {
      source.textContent = "No source in the corpus carries this claim.";
      return;
    }
    const doc = view.documents[ref.doc_id];
    source.append(el("strong", { class: "outlet" }, doc ? doc.outlet || ref.doc_id : ref.doc_id));
    if (doc && doc.published) source.append(" \u00b7 ", el("time", {}, doc.published.slice(0, 10)));
    if (doc && doc.title) source.append(" \u00b7 ", el("span", { class: "title" }, doc.title));
    if (doc && doc.url && /^https?:\/\//i.test(doc.url)) {
      source.append(" \u00b7 ", el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "link"));
    }
    if (doc) {
      const text = doc.text;
      box.append(document.createTextNode(text.slice(0, ref.start)));
      const mark = el("mark", { class: "evidence " + (ref.stance || "discuss") }, text.slice(ref.start, ref.end));
      box.append(mark, document.createTextNode(text.slice(ref.end)));
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    }
    const seen = new Set([`${ref.doc_id}:${ref.start}`]);
    const rest = others.filter((r) => !seen.has(`${r.doc_id}:${r.start}`) && seen.add(`${r.doc_id}:${r.start}`));
    if (rest.length) {
      const list = el("ul");
      for (const r of rest) {
        const b = el("button", { type: "button", class: "other" }, docLabel(view.documents[r.doc_id], r.doc_id) + " (" + (r.stance || "discuss") + ")");
        b.addEventListener("click", () => showEvidence(r, others.filter((o) => o !== r).concat([ref])));
        const li = el("li");
        li.append(b);
        list.append(li);
      }
      $("evidence-others").append(el("h4", {}, "Other evidence"), list);
    }
  }

  function renderClaimList(data) {
    const list = $("claims-list");
    list.replaceChildren();
    for (const claim of data.claims) {
      const button = el("button", { type: "button", class: "claim-item claim " + claim.verdict });
      button.dataset.claim = claim.id;
      button.append(el("span", { class: "icon", "aria-hidden": "true" }, ICON[claim.verdict] || "?"),
        el("span", { class: "verdict-name" }, claim.verdict + ": "), document.createTextNode(claim.text));
      button.addEventListener("click", () => select(claim.id));
      const item = el("li");
      item.append(button);
      list.append(item);
    }
  }

  function renderSources(data) {
    const list = $("sources");
    list.replaceChildren();
    for (const s of data.sources) {
      const doc = data.documents[s.doc_id];
      const li = el("li");
      const share = el("span", { class: "share" }, Math.round(s.score * 100) + "%");
      const bar = el("span", { class: "bar", "aria-hidden": "true" });
      bar.style.width = Math.round(s.score * 100) + "%";
      li.append(share, " ", el("span", { class: "outlet" }, docLabel(doc, s.doc_id)));
      if (doc && doc.title) li.append(el("div", { class: "meta" }, doc.title));
      li.append(bar);
      list.append(li);
    }
    if (!data.sources.length) list.append(el("li", { class: "meta" }, "No source found."));
  }

  function exportClaimReview() {
    if (!view) return;
    const blob = new Blob([JSON.stringify(view.claimreview, null, 2)], { type: "application/ld+json" });
    const link = el("a", { href: URL.createObjectURL(blob), download: (view.article.id || "article").replace(/[^\w.-]+/g, "_") + ".claimreview.json" });
    document.body.append(link);
    link.click();
    link.remove();
  }

  document.addEventListener("DOMContentLoaded", () => {
    for (const tab of document.querySelectorAll("[role=tab]")) tab.addEventListener("click", () => selectTab(tab));
    $("check-paste").addEventListener("click", checkPaste);
    $("check-upload").addEventListener("click", checkUpload);
    $("check-url").addEventListener("click", checkUrl);
    $("store-search").addEventListener("click", searchStore);
    $("store-q").addEventListener("keydown", (e) => { if (e.key === "Enter") searchStore(); });
    $("export-claimreview").addEventListener("click", exportClaimReview);
    document.body.dataset.ready = "true";
  });
})();
