/* The participant's phone page of CollabWorkshop.

   One plain script, no framework and no build step, served by the laptop's
   participation server (CSP default-src 'self', so nothing inline). It joins
   with the code from the screen when there is no device cookie, lets the
   person pick a team and a name, then follows the facilitator's step over
   one WebSocket: sliders on place steps, dots on the lever vote, a sentence
   in between. Every change is an idempotent "my value is x" message with a
   sequence number; a change counts as saved only when the server acks that
   number, and unacked changes are sent again after a reconnect.

   All text from the server or the person goes in with textContent, never as
   markup, so a name with a script tag stays plain text. */
"use strict";

(function () {
  const POS_MIN = 0;
  const POS_MAX = 100;
  const SEND_INTERVAL_MS = 150; // throttle while dragging; the server limits messages per second
  const BACKOFF_MS = [300, 700, 1500, 3000, 5000];
  const RATE_RETRY_MS = 1200;

  const state = {
    strings: { en: {}, de: {} },
    lang: pickLang(navigator.language),
    view: "connecting",
    ws: null,
    welcomed: false, // the current socket has had its welcome
    removed: false,
    elsewhere: false, // another tab of this device took the connection
    welcome: null,
    step: null,
    registering: false, // the team and name sent, until the server answers
    lastSeq: 0,
    pending: new Map(), // "p|round|dim" or "v|lever" -> {msg, seq}
    bySeq: new Map(), // seq -> key
    lines: new Map(), // dimension id -> line
    levers: new Map(), // lever id -> lever row
    votes: new Map(), // lever id -> dots shown on this phone
    voteStatus: new Map(), // lever id -> "saving" | "saved" | "error"
    attempt: 0,
    retryTimer: null,
    conn: "connecting",
  };

  const $ = (id) => document.getElementById(id);

  // ---- text -------------------------------------------------------------

  function pickLang(tag) {
    return String(tag || "").toLowerCase().startsWith("de") ? "de" : "en";
  }

  function t(key, ...args) {
    const table = state.strings[state.lang] || {};
    let text = table[key];
    if (text === undefined) text = (state.strings.en || {})[key];
    if (text === undefined) text = key;
    return text.replace(/\{(\d+)\}/g, (m, n) => (args[n] !== undefined ? String(args[n]) : m));
  }

  function setText(id, text) {
    $(id).textContent = text;
  }

  function setLang(lang) {
    state.lang = lang === "de" || lang === "en" ? lang : pickLang(navigator.language);
    document.documentElement.lang = state.lang;
    applyStaticText();
    if (state.view === "register") renderRegister();
    if (state.view === "step") renderStep();
    setConn(state.conn);
  }

  function applyStaticText() {
    document.title = t("page.title");
    setText("connecting-text", t("connecting.text"));
    setText("code-title", t("code.title"));
    setText("code-help", t("code.help"));
    setText("code-label", t("code.label"));
    setText("code-submit", t("code.submit"));
    setText("register-title", t("register.title"));
    setText("team-legend", t("register.team"));
    setText("register-submit", t("register.submit"));
    setText("removed-title", t("removed.title"));
    setText("removed-text", t("removed.text"));
    setText("removed-again", t("removed.again"));
    setText("elsewhere-title", t("elsewhere.title"));
    setText("elsewhere-text", t("elsewhere.text"));
    setText("elsewhere-here", t("elsewhere.here"));
  }

  function announce(text) {
    // Cleared first so the same sentence twice is read twice.
    const el = $("announce");
    el.textContent = "";
    window.setTimeout(() => { el.textContent = text; }, 30);
  }

  // ---- views ------------------------------------------------------------

  function show(view) {
    state.view = view;
    for (const name of ["connecting", "code", "register", "step", "removed", "elsewhere"]) {
      $("view-" + name).hidden = name !== view;
    }
    document.body.dataset.view = view;
  }

  function setConn(conn) {
    state.conn = conn;
    const el = $("conn");
    el.dataset.state = conn;
    let text;
    if (conn === "online") text = t("conn.online");
    else if (conn === "offline") {
      const waiting = state.pending.size;
      text = waiting ? t("conn.offline_pending", waiting) : t("conn.offline");
    } else text = t("conn.connecting");
    setText("conn-text", text);
  }

  function renderMe() {
    const el = $("me");
    const w = state.welcome;
    if (!w || !w.me || !w.me.team) {
      el.hidden = true;
      return;
    }
    const team = (w.teams || []).find((x) => x.id === w.me.team);
    const teamName = team ? team.name : "";
    // The token takes the team's colour (set through the CSSOM, which the CSP allows).
    if (team && isColour(team.colour)) document.body.style.setProperty("--token", team.colour);
    el.textContent = w.me.name ? t("me.named", w.me.name, teamName) : t("me.anonymous", teamName);
    el.hidden = false;
  }

  // ---- the connection ---------------------------------------------------

  function connect() {
    window.clearTimeout(state.retryTimer);
    state.retryTimer = null;
    if (state.removed) return;
    if (state.ws && (state.ws.readyState === WebSocket.OPEN || state.ws.readyState === WebSocket.CONNECTING)) return;
    setConn(state.welcome ? "offline" : "connecting");
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    let ws;
    try {
      ws = new WebSocket(scheme + location.host + "/ws");
    } catch (e) {
      scheduleRetry();
      return;
    }
    state.ws = ws;
    state.welcomed = false;
    ws.onmessage = (ev) => {
      let msg;
      try {
        msg = JSON.parse(ev.data);
      } catch (e) {
        return;
      }
      if (msg && typeof msg === "object") onMessage(msg);
    };
    ws.onclose = (ev) => {
      if (state.ws !== ws) return;
      const hadWelcome = state.welcomed;
      state.ws = null;
      state.welcomed = false;
      if (state.removed) return;
      setConn(state.welcome ? "offline" : "connecting");
      if (hadWelcome && ev.code === 1000) {
        // A clean close without "removed": the same device opened a newer
        // socket (another tab or window) and the server keeps only that one.
        // Reconnecting here would take it back, and the two would take turns.
        showElsewhere();
      } else if (hadWelcome) {
        announce(t("conn.lost"));
        scheduleRetry();
      } else {
        // Refused before the welcome: either the app cannot be reached (try
        // again) or it is there and does not know this phone (ask for the
        // code). A refused handshake looks the same as a network error to
        // the page, so ask for a static file to tell the two apart.
        probe();
      }
    };
  }

  function probe() {
    fetch("/static/strings.json", { cache: "no-store", credentials: "same-origin" })
      .then((r) => {
        if (state.removed) return;
        if (r.ok) {
          state.attempt = 0;
          showCode();
        } else {
          scheduleRetry();
        }
      })
      .catch(() => scheduleRetry());
  }

  function scheduleRetry() {
    if (state.removed || state.retryTimer !== null) return;
    // Never welcomed yet: say that the laptop is not answering, not just "connecting".
    if (state.view === "connecting" && !state.welcome && state.attempt > 0) setText("connecting-text", t("connecting.retry"));
    const delay = BACKOFF_MS[Math.min(state.attempt, BACKOFF_MS.length - 1)];
    state.attempt += 1;
    state.retryTimer = window.setTimeout(() => {
      state.retryTimer = null;
      connect();
    }, delay);
  }

  function sendRaw(msg) {
    if (!state.ws || state.ws.readyState !== WebSocket.OPEN || !state.welcomed) return false;
    try {
      state.ws.send(JSON.stringify(msg));
      return true;
    } catch (e) {
      return false;
    }
  }

  function nextSeq() {
    // Kept across reloads so an ack of an old page never matches a new change.
    let seq = 0;
    try {
      seq = parseInt(window.localStorage.getItem("cw-seq") || "0", 10) || 0;
    } catch (e) {
      seq = state.lastSeq || 0;
    }
    seq = Math.max(seq, state.lastSeq || 0) + 1;
    state.lastSeq = seq;
    try {
      window.localStorage.setItem("cw-seq", String(seq));
    } catch (e) {
      // private mode: the in-memory counter is enough for this page
    }
    return seq;
  }

  /* Remember `msg` as the latest change for `key` and send it if the socket
     is up; a newer change for the same key replaces an older unacked one. */
  function sendChange(key, msg) {
    const seq = nextSeq();
    const old = state.pending.get(key);
    if (old) state.bySeq.delete(old.seq);
    state.pending.set(key, { msg, seq });
    state.bySeq.set(seq, key);
    sendRaw(Object.assign({}, msg, { seq }));
    if (state.conn === "offline") setConn("offline");
  }

  function resendPending() {
    for (const [key, entry] of Array.from(state.pending.entries())) {
      sendChange(key, entry.msg);
    }
  }

  function onMessage(msg) {
    switch (msg.type) {
      case "welcome":
        onWelcome(msg);
        break;
      case "step":
        onStep(msg);
        break;
      case "saved":
        onSaved(msg.seq);
        break;
      case "error":
        onError(msg);
        break;
      case "removed":
        onRemoved();
        break;
      default:
        break; // a newer server may send more; ignore what this page does not know
    }
  }

  function onWelcome(msg) {
    state.welcomed = true;
    state.attempt = 0;
    state.welcome = msg;
    state.registering = false;
    setLang(msg.lang);
    setConn("online");
    renderMe();
    if (!msg.me || !msg.me.team) {
      showRegister();
      return;
    }
    resendPending();
    if (state.step) {
      show("step");
      renderStep();
    } else {
      show("connecting");
      setText("connecting-text", t("connecting.waiting"));
    }
  }

  function onStep(msg) {
    state.step = msg;
    if (state.registering && state.welcome) {
      // The step after a register: the server took the team and name.
      state.welcome.me = state.registering;
      state.registering = false;
      renderMe();
      resendPending();
    }
    if (!state.welcome || !state.welcome.me || !state.welcome.me.team) return;
    if (state.view !== "step") show("step");
    renderStep();
  }

  function onSaved(seq) {
    const key = state.bySeq.get(seq);
    if (key === undefined) return;
    state.bySeq.delete(seq);
    const entry = state.pending.get(key);
    if (!entry || entry.seq !== seq) return; // an older change; a newer one is still on its way
    state.pending.delete(key);
    const msg = entry.msg;
    if (msg.type === "place") {
      const line = state.lines.get(msg.dimension);
      if (line && line.round === msg.round) {
        line.saved = msg.value;
        setLineStatus(line, "saved");
      }
    } else if (msg.type === "vote") {
      state.voteStatus.set(msg.lever, "saved");
      renderVoteStatus(msg.lever);
    }
    if (state.conn === "offline") setConn("offline");
  }

  function errorText(code, fallback) {
    const key = "error." + code;
    const text = t(key);
    return text === key ? fallback || t("error.invalid") : text;
  }

  function onError(msg) {
    const text = errorText(msg.code, msg.message);
    const key = msg.seq !== null && msg.seq !== undefined ? state.bySeq.get(msg.seq) : undefined;
    if (key === undefined) {
      if (state.view === "register" || state.registering) {
        state.registering = false;
        setText("register-error", text);
        $("register-submit").disabled = false;
      } else {
        announce(text);
      }
      return;
    }
    const entry = state.pending.get(key);
    if (!entry || entry.seq !== msg.seq) return;
    if (msg.code === "rate-limited" || msg.code === "not-saved") {
      // Not applied (too fast, or the laptop could not write it): send the same value again a little later.
      window.setTimeout(() => {
        const now = state.pending.get(key);
        if (now && now.seq === entry.seq) sendChange(key, now.msg);
      }, RATE_RETRY_MS);
      return;
    }
    state.pending.delete(key);
    state.bySeq.delete(msg.seq);
    const m = entry.msg;
    if (m.type === "place") {
      const line = state.lines.get(m.dimension);
      if (line && line.round === m.round) {
        // Back to what the server holds, so the phone never shows a value that is not saved.
        setLineValue(line, line.saved);
        setLineStatus(line, "error", text);
      }
    } else if (m.type === "vote") {
      const mine = (state.step && state.step.vote && state.step.vote.mine) || {};
      state.votes.set(m.lever, mine[m.lever] || 0);
      state.voteStatus.set(m.lever, "error");
      renderVote();
    }
    announce(text);
  }

  function onRemoved() {
    state.removed = true;
    state.pending.clear();
    state.bySeq.clear();
    window.clearTimeout(state.retryTimer);
    state.retryTimer = null;
    if (state.ws) {
      const ws = state.ws;
      state.ws = null;
      try { ws.close(); } catch (e) { /* already closing */ }
    }
    state.welcome = null;
    state.step = null;
    renderMe();
    setConn("offline");
    setText("conn-text", t("conn.removed"));
    show("removed");
    $("removed-again").focus();
  }

  function showElsewhere() {
    window.clearTimeout(state.retryTimer);
    state.retryTimer = null;
    state.elsewhere = true;
    setText("conn-text", t("conn.elsewhere"));
    show("elsewhere");
  }

  function continueHere() {
    state.elsewhere = false;
    state.attempt = 0;
    show(state.step ? "step" : "connecting");
    if (state.step) renderStep();
    connect();
  }

  // ---- code entry -------------------------------------------------------

  function showCode() {
    window.clearTimeout(state.retryTimer);
    state.retryTimer = null;
    state.welcome = null;
    // The app no longer knows this phone (removed, or a new session): what
    // it had not saved belonged to that old device, not to whoever joins next.
    state.pending.clear();
    state.bySeq.clear();
    renderMe();
    setConn("connecting");
    setText("conn-text", t("conn.not_joined"));
    show("code");
    $("code-submit").disabled = false;
    const input = $("code-input");
    input.focus();
  }

  function submitCode(ev) {
    ev.preventDefault();
    const input = $("code-input");
    const code = input.value.trim();
    if (!code) {
      setText("code-error", t("code.empty"));
      input.focus();
      return;
    }
    setText("code-error", "");
    $("code-submit").disabled = true;
    fetch("/api/join", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code }),
    })
      .then((r) => {
        if (r.ok) {
          state.removed = false;
          state.attempt = 0;
          input.value = "";
          show("connecting");
          setText("connecting-text", t("connecting.text"));
          connect();
          return;
        }
        const key = { 403: "code.wrong", 423: "code.locked", 429: "code.rate" }[r.status] || "code.failed";
        setText("code-error", t(key));
        $("code-submit").disabled = false;
        input.focus();
      })
      .catch(() => {
        setText("code-error", t("code.unreachable"));
        $("code-submit").disabled = false;
      });
  }

  // ---- team and name ----------------------------------------------------

  function showRegister() {
    show("register");
    renderRegister();
    $("register-submit").disabled = false;
    const first = document.querySelector("#team-list input");
    if (first) first.focus();
  }

  function renderRegister() {
    const w = state.welcome || { teams: [], anonymous: false, me: {} };
    const list = $("team-list");
    const checked = (list.querySelector("input:checked") || {}).value || (w.me && w.me.team) || "";
    list.replaceChildren();
    (w.teams || []).forEach((team, i) => {
      const label = document.createElement("label");
      label.className = "team";
      const input = document.createElement("input");
      input.type = "radio";
      input.name = "team";
      input.value = team.id;
      input.id = "team-" + i;
      if (team.id === checked) input.checked = true;
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.setAttribute("aria-hidden", "true");
      if (isColour(team.colour)) swatch.style.backgroundColor = team.colour;
      const name = document.createElement("span");
      name.className = "team-name";
      name.textContent = team.name;
      label.append(input, swatch, name);
      list.append(label);
    });
    const participant = w.mode === "participant";
    setText("name-label", w.anonymous ? t("register.name_optional") : t("register.name"));
    setText("name-hint", w.anonymous ? t("register.hint_anonymous") : (participant ? t("register.hint_participant") : t("register.hint_named")));
    $("name-input").required = !w.anonymous;
  }

  function isColour(text) {
    return typeof text === "string" && /^#[0-9a-fA-F]{3,8}$/.test(text);
  }

  function submitRegister(ev) {
    ev.preventDefault();
    const w = state.welcome;
    if (!w) return;
    const picked = document.querySelector("#team-list input:checked");
    const name = $("name-input").value.trim();
    if (!picked) {
      setText("register-error", t("register.no_team"));
      const first = document.querySelector("#team-list input");
      if (first) first.focus();
      return;
    }
    if (!name && !w.anonymous) {
      setText("register-error", t("register.no_name"));
      $("name-input").focus();
      return;
    }
    setText("register-error", "");
    if (!sendRaw({ type: "register", team: picked.value, name })) {
      setText("register-error", t("register.offline"));
      return;
    }
    $("register-submit").disabled = true;
    state.registering = { team: picked.value, name };
  }

  // ---- the step ---------------------------------------------------------

  const KIND_KEYS = ["setup", "frame", "place", "discuss", "vote", "plan", "wrapup", "review", "info"];

  function renderStep() {
    const s = state.step;
    if (!s) return;
    const kind = KIND_KEYS.includes(s.kind) ? s.kind : "info";
    setText("step-kind", t("kind." + kind));
    setText("step-title", s.title || t("kind." + kind));
    setText("step-prompt", s.prompt || "");
    $("step-prompt").hidden = !s.prompt;

    const dims = Array.isArray(s.dimensions) && s.round ? s.dimensions : [];
    renderLines(dims, s);
    const vote = s.vote && Array.isArray(s.vote.levers) ? s.vote : null;
    renderVoteStep(vote);

    let notice = "";
    if (dims.length) {
      if (!s.editable) notice = t("place.closed");
      else if (s.group) notice = t("place.revealed");
      else if (s.round.blind) notice = t("place.blind");
      else notice = t("place.help");
    } else if (vote) {
      notice = t("vote.help", vote.dots);
    }
    $("step-notice").hidden = !notice;
    setText("step-notice", notice);

    const waiting = !dims.length && !vote;
    $("step-waiting").hidden = !waiting;
    if (waiting) setText("step-waiting", kind === "place" || kind === "discuss" ? t("waiting.round") : t("waiting.follow"));
  }

  // ---- sliders ----------------------------------------------------------

  function renderLines(dims, s) {
    const box = $("lines");
    const roundId = s.round ? String(s.round.id) : "";
    const wanted = new Set(dims.map((d) => String(d.id)));
    for (const [id, line] of Array.from(state.lines.entries())) {
      if (!wanted.has(id) || line.round !== roundId) {
        line.el.remove();
        state.lines.delete(id);
      }
    }
    const order = dims.map((d) => {
      const id = String(d.id);
      let line = state.lines.get(id);
      if (!line) {
        line = makeLine(d, roundId);
        state.lines.set(id, line);
      }
      updateLine(line, d, s);
      return line.el;
    });
    // Re-insert only when the order changed: moving a node in the document
    // takes the keyboard focus and the finger's pointer capture off it.
    const same = order.length === box.children.length && order.every((el, i) => box.children[i] === el);
    if (!same) box.append(...order);
    box.hidden = dims.length === 0;
  }

  let lineCounter = 0;

  function makeLine(d, roundId) {
    lineCounter += 1;
    const uid = "line-" + lineCounter;
    const el = document.createElement("div");
    el.className = "line";
    const name = document.createElement("h2");
    name.className = "line-name";
    name.id = uid + "-name";

    const track = document.createElement("div");
    track.className = "track";
    track.setAttribute("role", "slider");
    track.tabIndex = 0;
    track.setAttribute("aria-valuemin", String(POS_MIN));
    track.setAttribute("aria-valuemax", String(POS_MAX));
    track.setAttribute("aria-orientation", "horizontal");
    track.setAttribute("aria-describedby", uid + "-poles " + uid + "-status");
    const rail = document.createElement("div");
    rail.className = "rail";
    const mid = document.createElement("div");
    mid.className = "mid";
    const group = document.createElement("div");
    group.className = "group-mark";
    group.hidden = true;
    const groupLabel = document.createElement("span");
    groupLabel.className = "group-label";
    group.append(groupLabel);
    const token = document.createElement("div");
    token.className = "token";
    rail.append(mid, group, token);
    track.append(rail);

    const poles = document.createElement("div");
    poles.className = "poles";
    poles.id = uid + "-poles";
    const low = document.createElement("span");
    low.className = "pole low";
    const high = document.createElement("span");
    high.className = "pole high";
    poles.append(low, high);

    const status = document.createElement("div");
    status.className = "line-status";
    status.id = uid + "-status";
    const value = document.createElement("span");
    value.className = "value";
    const groupText = document.createElement("span");
    groupText.className = "group-text";
    groupText.hidden = true;
    const save = document.createElement("span");
    save.className = "save";
    status.append(value, groupText, save);

    el.append(name, track, poles, status);
    const line = {
      id: String(d.id), round: roundId, el, name, track, rail, token, group, groupLabel,
      low, high, valueText: value, groupText, save, dim: d,
      value: null, saved: null, editable: false, dragging: false,
      lastSentAt: 0, lastSentValue: null, timer: null, status: "",
    };
    wireLine(line);
    return line;
  }

  function updateLine(line, d, s) {
    line.dim = d;
    line.name.textContent = d.name;
    line.track.setAttribute("aria-label", d.name);
    line.low.textContent = d.low;
    line.high.textContent = d.high;
    line.editable = Boolean(s.editable);
    line.track.setAttribute("aria-disabled", line.editable ? "false" : "true");
    line.el.classList.toggle("locked", !line.editable);
    line.blind = Boolean(s.round && s.round.blind);

    const mine = s.mine || {};
    const serverValue = typeof mine[line.id] === "number" ? mine[line.id] : null;
    line.saved = serverValue;
    const key = placeKey(line.round, line.id);
    // A value still on its way (or being dragged) wins over the server's last word.
    if (!line.dragging && !state.pending.has(key)) {
      setLineValue(line, serverValue);
      if (serverValue !== null && line.status !== "error") setLineStatus(line, "saved");
    }

    const group = s.group && typeof s.group[line.id] === "number" ? s.group[line.id] : null;
    line.group.hidden = group === null;
    line.el.classList.toggle("has-group", group !== null);
    line.groupText.hidden = group === null;
    if (group !== null) {
      line.group.style.left = pct(group);
      line.groupLabel.textContent = t("place.group_mark");
      line.groupText.textContent = t("place.group", fmt(group));
    }
  }

  function placeKey(round, dim) {
    return "p|" + round + "|" + dim;
  }

  function pct(v) {
    return ((v - POS_MIN) / (POS_MAX - POS_MIN)) * 100 + "%";
  }

  function fmt(v) {
    return String(Math.round(v));
  }

  function clamp(v) {
    return Math.min(POS_MAX, Math.max(POS_MIN, v));
  }

  function sideText(line, v) {
    if (v < 50) return t("place.side_low", fmt(v), line.dim.low);
    if (v > 50) return t("place.side_high", fmt(v), line.dim.high);
    return t("place.side_mid", fmt(v));
  }

  function setLineValue(line, v) {
    line.value = v;
    const placed = v !== null && v !== undefined;
    line.el.classList.toggle("unplaced", !placed);
    line.token.style.left = pct(placed ? v : 50);
    line.track.setAttribute("aria-valuenow", String(placed ? Math.round(v) : 50));
    line.track.setAttribute("aria-valuetext", placed ? sideText(line, v) : t("place.unplaced"));
    line.valueText.textContent = placed ? t("place.you", fmt(v)) : (line.editable ? t("place.unplaced_hint") : t("place.unplaced_locked"));
  }

  function setLineStatus(line, status, text) {
    line.status = status;
    line.el.dataset.status = status;
    if (status === "saving") line.save.textContent = t("status.saving");
    else if (status === "saved") line.save.textContent = t("status.saved");
    else if (status === "error") line.save.textContent = text || t("error.invalid");
    else line.save.textContent = "";
  }

  function commit(line, v, final) {
    v = Math.round(clamp(v));
    if (v === line.value && !final) return;
    setLineValue(line, v);
    const now = Date.now();
    window.clearTimeout(line.timer);
    line.timer = null;
    const send = () => {
      line.timer = null;
      if (line.lastSentValue === line.value && state.pending.has(placeKey(line.round, line.id))) return;
      if (line.lastSentValue === line.value && line.saved === line.value) return;
      line.lastSentAt = Date.now();
      line.lastSentValue = line.value;
      setLineStatus(line, "saving");
      sendChange(placeKey(line.round, line.id), {
        type: "place", round: line.round, dimension: line.id, value: line.value,
      });
    };
    if (final || now - line.lastSentAt >= SEND_INTERVAL_MS) send();
    else line.timer = window.setTimeout(send, SEND_INTERVAL_MS - (now - line.lastSentAt));
  }

  function valueAt(line, clientX) {
    const r = line.rail.getBoundingClientRect();
    if (r.width <= 0) return line.value === null ? 50 : line.value;
    return POS_MIN + ((clientX - r.left) / r.width) * (POS_MAX - POS_MIN);
  }

  function wireLine(line) {
    const track = line.track;
    track.addEventListener("pointerdown", (ev) => {
      if (!line.editable || (ev.pointerType === "mouse" && ev.button !== 0)) return;
      ev.preventDefault();
      track.focus();
      try { track.setPointerCapture(ev.pointerId); } catch (e) { /* synthetic pointer */ }
      line.dragging = true;
      line.el.classList.add("dragging");
      commit(line, valueAt(line, ev.clientX), false);
    });
    track.addEventListener("pointermove", (ev) => {
      if (!line.dragging) return;
      ev.preventDefault();
      commit(line, valueAt(line, ev.clientX), false);
    });
    const end = (ev) => {
      if (!line.dragging) return;
      line.dragging = false;
      line.el.classList.remove("dragging");
      if (ev.type === "pointerup") commit(line, valueAt(line, ev.clientX), true);
      else commit(line, line.value, true);
    };
    track.addEventListener("pointerup", end);
    track.addEventListener("pointercancel", end);
    track.addEventListener("lostpointercapture", end);
    track.addEventListener("keydown", (ev) => {
      const steps = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };
      let v;
      const base = line.value === null ? 50 : line.value;
      if (ev.key in steps) v = base + steps[ev.key];
      else if (ev.key === "Home") v = POS_MIN;
      else if (ev.key === "End") v = POS_MAX;
      else return;
      ev.preventDefault();
      if (!line.editable) {
        announce(t("place.closed"));
        return;
      }
      // Keys are discrete changes: each one is sent (the server acks each).
      commit(line, v, true);
    });
  }

  // ---- lever vote -------------------------------------------------------

  function renderVoteStep(vote) {
    const box = $("vote");
    box.hidden = !vote;
    if (!vote) {
      state.levers.clear();
      $("lever-list").replaceChildren();
      return;
    }
    const mine = vote.mine || {};
    for (const lever of vote.levers) {
      const id = String(lever.id);
      if (!state.pending.has("v|" + id)) state.votes.set(id, Number(mine[id]) || 0);
      if (!state.voteStatus.has(id) && mine[id]) state.voteStatus.set(id, "saved");
    }
    const wanted = vote.levers.map((l) => String(l.id)).join("|");
    if (box.dataset.levers !== wanted) {
      box.dataset.levers = wanted;
      state.levers.clear();
      const list = $("lever-list");
      list.replaceChildren();
      vote.levers.forEach((lever) => list.append(makeLever(lever)));
    }
    for (const lever of vote.levers) {
      const row = state.levers.get(String(lever.id));
      if (row) row.name.textContent = lever.name;
    }
    renderVote();
  }

  function makeLever(lever) {
    const id = String(lever.id);
    const li = document.createElement("li");
    li.className = "lever";
    const name = document.createElement("span");
    name.className = "lever-name";
    name.textContent = lever.name;
    const controls = document.createElement("div");
    controls.className = "lever-controls";
    const minus = document.createElement("button");
    minus.type = "button";
    minus.className = "dot-button minus";
    minus.textContent = "\u2212";
    const count = document.createElement("span");
    count.className = "dot-count";
    const plus = document.createElement("button");
    plus.type = "button";
    plus.className = "dot-button plus";
    plus.textContent = "+";
    const save = document.createElement("span");
    save.className = "save";
    controls.append(minus, count, plus);
    li.append(name, controls, save);
    const row = { id, li, name, minus, plus, count, save };
    minus.addEventListener("click", () => changeDots(id, -1));
    plus.addEventListener("click", () => changeDots(id, 1));
    state.levers.set(id, row);
    return li;
  }

  function dotsLeft() {
    const vote = state.step && state.step.vote;
    if (!vote) return 0;
    let used = 0;
    for (const lever of vote.levers) used += state.votes.get(String(lever.id)) || 0;
    return Math.max(0, (Number(vote.dots) || 0) - used);
  }

  function changeDots(id, delta) {
    const row = state.levers.get(id);
    const have = state.votes.get(id) || 0;
    if (delta > 0 && dotsLeft() <= 0) {
      announce(t("vote.none_left"));
      return;
    }
    if (delta < 0 && have <= 0) return;
    const n = have + delta;
    state.votes.set(id, n);
    state.voteStatus.set(id, "saving");
    sendChange("v|" + id, { type: "vote", lever: id, dots: n });
    renderVote();
    if (row) announce(t("vote.on_lever", n, row.name.textContent));
  }

  function renderVote() {
    const vote = state.step && state.step.vote;
    if (!vote) return;
    const left = dotsLeft();
    setText("dots-left", t("vote.left", left, Number(vote.dots) || 0));
    const reason = $("dots-reason");
    reason.hidden = left > 0;
    setText("dots-reason", t("vote.none_left"));
    for (const row of state.levers.values()) {
      const n = state.votes.get(row.id) || 0;
      const lever = row.name.textContent;
      row.count.textContent = t("vote.count", n);
      row.minus.setAttribute("aria-label", t("vote.minus", lever));
      row.plus.setAttribute("aria-label", t("vote.plus", lever));
      // aria-disabled instead of disabled: the button keeps the keyboard focus
      // and a press says why nothing happens.
      row.plus.setAttribute("aria-disabled", left <= 0 ? "true" : "false");
      row.minus.setAttribute("aria-disabled", n <= 0 ? "true" : "false");
      if (left <= 0) row.plus.setAttribute("aria-describedby", "dots-reason");
      else row.plus.removeAttribute("aria-describedby");
      row.plus.title = left <= 0 ? t("vote.none_left") : "";
      renderVoteStatus(row.id);
    }
  }

  function renderVoteStatus(id) {
    const row = state.levers.get(id);
    if (!row) return;
    const status = state.voteStatus.get(id) || "";
    row.li.dataset.status = status;
    row.save.textContent = status === "saving" ? t("status.saving") : status === "saved" ? t("status.saved") : status === "error" ? t("error.invalid") : "";
  }

  // ---- start ------------------------------------------------------------

  function start() {
    document.documentElement.lang = state.lang;
    $("code-form").addEventListener("submit", submitCode);
    $("register-form").addEventListener("submit", submitRegister);
    $("removed-again").addEventListener("click", () => {
      state.removed = false;
      showCode();
    });
    $("elsewhere-here").addEventListener("click", continueHere);
    document.addEventListener("visibilitychange", () => {
      // A phone that comes back from a locked screen reconnects at once, and
      // sends again what is not saved yet (its old socket may be dead
      // without the page having noticed).
      if (document.visibilityState !== "visible" || state.view === "code" || state.removed || state.elsewhere) return;
      state.attempt = 0;
      if (state.ws && state.ws.readyState === WebSocket.OPEN) resendPending();
      else connect();
    });
    window.addEventListener("online", () => {
      if (state.view !== "code" && !state.removed && !state.elsewhere) {
        state.attempt = 0;
        connect();
      }
    });
    fetch("/static/strings.json", { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((data) => {
        if (data && typeof data === "object") state.strings = data;
      })
      .catch(() => { /* English keys stay readable enough; the socket decides the rest */ })
      .then(() => {
        applyStaticText();
        setConn("connecting");
        connect();
      });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
