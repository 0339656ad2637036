/* dondoc demo chat page.
 *
 * Plain JavaScript, no build step, no external resources. Talks to the Bot API emulator's
 * JSON control side (/_emulator/...) and, when served by `dondoc demo`, to /_demo/people,
 * /_demo/clock and /_demo/advance; the demo announces each simulated day as a "clock" event in
 * the emulator's event stream, so every open page shows the days passing. Message text is always inserted as text nodes: the bot's Telegram formatting
 * arrives as entities (offsets in UTF-16 code units, which is how JS strings index) and is
 * rebuilt with DOM elements, so nothing the bot or a user writes is ever parsed as HTML.
 */
(function () {
  "use strict";

  var TZ = "Asia/Ho_Chi_Minh";
  var STORAGE_KEY = "dondoc-demo-selection";
  var POLL_TIMEOUT = 25;
  var SAFE_URL = /^(https?:|mailto:|tel:)/i;
  var COLORS = 7;

  var state = {
    bot: { first_name: "dondoc", username: "dondoc_demo_bot" },
    people: [],
    peopleById: new Map(),
    personByUserId: new Map(),
    chats: new Map(), // chat id -> {id, type, title}
    messages: new Map(), // chat id -> Map(message id -> record)
    unread: new Map(), // chat id -> count
    knownEmuChats: new Set(),
    lastSeq: 0,
    personId: null,
    chatId: null,
    demoMode: false,
    pressed: new Map(), // callback_query_id -> button element
    earlyAnswers: new Map(), // answers that arrived before /press returned
    unseenBelow: 0,
    sending: false,
    hasClock: false,
    todayLabel: null,
    clockSeq: 0, // the event that announced the clock shown (older announcements are ignored)
    advancing: false, // this page's own advance request is running
    advancingSeen: false, // the clock announces days passing (from any page or the terminal)
    generation: 0,
  };

  var $ = function (id) { return document.getElementById(id); };
  var el = {};

  // --- small helpers -------------------------------------------------------------------

  function h(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === null || value === undefined || value === false) return;
        if (key === "class") node.className = value;
        else if (key === "text") node.textContent = value;
        else if (key === "dataset") Object.keys(value).forEach(function (k) { node.dataset[k] = value[k]; });
        else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? "" : value);
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function svgIcon(paths) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("class", "icon");
    svg.setAttribute("aria-hidden", "true");
    paths.forEach(function (d) {
      var p = document.createElementNS(ns, "path");
      p.setAttribute("d", d);
      svg.appendChild(p);
    });
    return svg;
  }

  var ICON_FILE = ["M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z", "M14 3v5h5"];
  var ICON_DOWNLOAD = ["M12 4v11", "M7 11l5 5 5-5", "M5 20h14"];
  var ICON_GROUP = ["M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z", "M2.5 20c.6-3.5 3.3-5.5 6.5-5.5s5.9 2 6.5 5.5",
    "M16 4.3a3.5 3.5 0 0 1 0 6.4", "M18 14.8c1.9.7 3.2 2.5 3.6 5.2"];

  function hashColor(key) {
    var s = String(key), n = 0;
    for (var i = 0; i < s.length; i++) n = (n * 31 + s.charCodeAt(i)) >>> 0;
    return "c" + (n % COLORS);
  }

  function initials(first, last) {
    var a = (first || "").trim(), b = (last || "").trim();
    var out = (a ? a[0] : "") + (b ? b[0] : "");
    if (!out && a) out = a.slice(0, 2);
    return (out || "?").toUpperCase();
  }

  function personInitials(person) {
    var u = person.user || {};
    if (u.first_name || u.last_name) return initials(u.first_name, u.last_name);
    var words = (person.name || "").trim().split(/\s+/);
    return initials(words[words.length - 1], words.length > 1 ? words[0] : "");
  }

  function avatar(text, colorClass, extraClass) {
    return h("div", { class: "avatar " + colorClass + (extraClass ? " " + extraClass : ""), "aria-hidden": "true", text: text });
  }

  function botAvatar(extraClass) {
    var node = h("div", { class: "avatar c-bot" + (extraClass ? " " + extraClass : ""), "aria-hidden": "true" });
    node.appendChild(h("img", { src: "icon.svg", alt: "", width: "100%", height: "100%", style: "border-radius:50%" }));
    return node;
  }

  function chatAvatar(chat, extraClass) {
    if (chat.type === "private") return botAvatar(extraClass);
    var node = h("div", { class: "avatar c-group" + (extraClass ? " " + extraClass : ""), "aria-hidden": "true" });
    node.appendChild(svgIcon(ICON_GROUP));
    return node;
  }

  var fmtCache = {};
  function fmt(key, options) {
    if (!fmtCache[key]) {
      try {
        fmtCache[key] = new Intl.DateTimeFormat("vi-VN", Object.assign({ timeZone: TZ }, options));
      } catch (e) {
        fmtCache[key] = new Intl.DateTimeFormat("vi-VN", options);
      }
    }
    return fmtCache[key];
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function partsOf(unix) {
    var parts = {};
    fmt("parts", { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(new Date(unix * 1000))
      .forEach(function (p) { parts[p.type] = p.value; });
    return parts;
  }

  function timeLabel(unix) {
    if (!unix) return "";
    var p = partsOf(unix);
    return pad(+p.hour % 24) + ":" + p.minute;
  }

  function dayKey(unix) {
    var p = partsOf(unix);
    return p.day + "/" + p.month + "/" + p.year;
  }

  var WEEKDAYS = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"];
  function dayLabel(unix) {
    var key = dayKey(unix);
    var bits = key.split("/");
    var weekday = new Date(Date.UTC(+bits[2], +bits[1] - 1, +bits[0])).getUTCDay();
    return WEEKDAYS[weekday] + ", " + key;
  }

  function isoToLabel(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? m[3] + "/" + m[2] + "/" + m[1] : iso || "";
  }

  function fileSize(bytes) {
    if (bytes === undefined || bytes === null) return "";
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1).replace(".", ",") + " KB";
    return (bytes / 1024 / 1024).toFixed(1).replace(".", ",") + " MB";
  }

  function userName(user) {
    if (!user) return "";
    if (user.is_bot || (state.bot.id && user.id === state.bot.id)) return state.bot.first_name || user.first_name;
    var person = state.personByUserId.get(user.id);
    if (person) return person.name;
    return [user.first_name, user.last_name].filter(Boolean).join(" ");
  }

  // --- HTTP ----------------------------------------------------------------------------

  function HttpError(status, message) {
    this.status = status;
    this.message = message;
  }
  HttpError.prototype = Object.create(Error.prototype);

  function api(method, path, body, signal) {
    var init = { method: method, headers: {}, signal: signal };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response.text().then(function (raw) {
        var data = null;
        try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = null; }
        if (!response.ok) {
          var message = (data && (data.error || data.description)) || response.status + " " + response.statusText;
          throw new HttpError(response.status, message);
        }
        return data;
      });
    });
  }

  function sleep(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  // --- toasts --------------------------------------------------------------------------

  function toast(text, kind, ms) {
    var node = h("div", { class: "toast" + (kind ? " " + kind : ""), role: "status", text: text });
    el.toasts.appendChild(node);
    setTimeout(function () {
      node.classList.add("hide");
      setTimeout(function () { node.remove(); }, 320);
    }, ms || 2600);
    return node;
  }

  function showAlert(text) {
    el.alertText.textContent = text;
    el.alert.hidden = false;
    el.alertOk.focus();
  }

  // --- message store -------------------------------------------------------------------

  function chatStore(chatId) {
    var key = Number(chatId);
    if (!state.messages.has(key)) state.messages.set(key, new Map());
    return state.messages.get(key);
  }

  function sortedMessages(chatId) {
    return Array.from(chatStore(chatId).values())
      .filter(function (r) { return !r.deleted; })
      .sort(function (a, b) { return a.data.message_id - b.data.message_id; });
  }

  function isMine(record) {
    var person = state.peopleById.get(state.personId);
    return !record.fromBot && person && record.data.from && record.data.from.id === person.user.id;
  }

  /** Store a message; returns "new", "updated" or null (unchanged/ignored). */
  function upsert(data, fromBot, edited) {
    if (!data || !data.chat) return null;
    var store = chatStore(data.chat.id);
    var existing = store.get(data.message_id);
    if (existing) {
      existing.data = data;
      existing.edited = existing.edited || !!edited;
      return "updated";
    }
    store.set(data.message_id, { data: data, fromBot: !!fromBot, edited: !!edited, deleted: false });
    return "new";
  }

  // --- entities -> DOM -----------------------------------------------------------------

  var AUTOLINK = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]])|((?:^|[\s(])(\/[A-Za-z][A-Za-z0-9_]{0,31})(?=$|[\s.,;:!?)]))/g;

  function appendPlain(parent, text, linkify) {
    if (!text) return;
    if (!linkify) {
      parent.appendChild(document.createTextNode(text));
      return;
    }
    var last = 0, match;
    AUTOLINK.lastIndex = 0;
    while ((match = AUTOLINK.exec(text))) {
      if (match[1]) {
        parent.appendChild(document.createTextNode(text.slice(last, match.index)));
        parent.appendChild(h("a", { href: match[1], target: "_blank", rel: "noopener noreferrer", text: match[1] }));
        last = match.index + match[0].length;
      } else {
        var cmdStart = match.index + match[0].length - match[3].length;
        parent.appendChild(document.createTextNode(text.slice(last, cmdStart)));
        parent.appendChild(commandNode(match[3]));
        last = cmdStart + match[3].length;
      }
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function commandNode(command) {
    return h("span", {
      class: "cmd", role: "button", tabindex: "0", title: "Bấm để đưa lệnh vào ô soạn tin",
      dataset: { command: command }, text: command,
    });
  }

  function entityElement(entity, text) {
    switch (entity.type) {
      case "bold": return h("b");
      case "italic": return h("i");
      case "underline": return h("u");
      case "strikethrough": return h("s");
      case "code": {
        // Commands shown as code (the bot's /help does this) fill the composer when tapped.
        var command = /^\/[A-Za-z][A-Za-z0-9_]{0,31}(?=$|[\s@])/.exec(text.substr(entity.offset, entity.length));
        if (!command) return h("code");
        return h("code", { class: "cmd-code", role: "button", tabindex: "0", title: "Bấm để đưa lệnh vào ô soạn tin", dataset: { command: command[0] } });
      }
      case "pre": {
        var pre = h("pre");
        if (entity.language) pre.dataset.language = entity.language;
        return pre;
      }
      case "blockquote":
      case "expandable_blockquote": return h("blockquote");
      case "spoiler": return h("span", { class: "spoiler", title: "Bấm để xem" });
      case "text_link":
        if (entity.url && SAFE_URL.test(entity.url)) {
          return h("a", { href: entity.url, target: "_blank", rel: "noopener noreferrer" });
        }
        return h("span", { class: "link-unsafe", title: entity.url || "" });
      case "url": {
        var url = text.substr(entity.offset, entity.length);
        if (!/^[a-z]+:/i.test(url)) url = "http://" + url;
        if (SAFE_URL.test(url)) return h("a", { href: url, target: "_blank", rel: "noopener noreferrer" });
        return h("span");
      }
      case "email": return h("a", { href: "mailto:" + text.substr(entity.offset, entity.length) });
      case "bot_command": return h("span", {
        class: "cmd", role: "button", tabindex: "0", title: "Bấm để đưa lệnh vào ô soạn tin",
        dataset: { command: text.substr(entity.offset, entity.length).split("@")[0] },
      });
      case "text_mention":
      case "mention": return h("span", { class: "mention" });
      default: return h("span");
    }
  }

  var NO_LINKIFY = { A: 1, CODE: 1, PRE: 1 };

  function buildRich(parent, text, entities, start, end, linkify) {
    var pos = start;
    for (var i = 0; i < entities.length; i++) {
      var e = entities[i];
      if (e.offset < pos || e.offset >= end) continue;
      var eEnd = Math.min(e.offset + e.length, end);
      appendPlain(parent, text.slice(pos, e.offset), linkify);
      var node = entityElement(e, text);
      var inner = entities.filter(function (other, j) {
        return j !== i && other.offset >= e.offset && other.offset < eEnd;
      });
      buildRich(node, text, inner, e.offset, eEnd, linkify && !NO_LINKIFY[node.tagName] && e.type !== "bot_command");
      parent.appendChild(node);
      pos = eEnd;
    }
    appendPlain(parent, text.slice(pos, end), linkify);
  }

  function richText(text, entities) {
    var node = h("div", { class: "text" });
    var list = (entities || []).slice().filter(function (e) { return e && e.length > 0; });
    list.sort(function (a, b) { return a.offset - b.offset || b.length - a.length; });
    buildRich(node, text, list, 0, text.length, true);
    return node;
  }

  function previewText(data) {
    if (!data) return "";
    var text = data.text || data.caption || "";
    if (data.document) text = "📄 " + (data.document.file_name || "Tệp") + (text ? " · " + text : "");
    else if (data.photo) text = "🖼 Ảnh" + (text ? " · " + text : "");
    return text.replace(/\s+/g, " ").trim();
  }

  // --- message rendering ---------------------------------------------------------------

  function senderKey(record) {
    if (record.fromBot) return "bot";
    return "u" + ((record.data.from && record.data.from.id) || "");
  }

  function renderKeyboard(record) {
    var markup = record.data.reply_markup;
    var rows = markup && markup.inline_keyboard;
    if (!rows || !rows.length) return null;
    var kb = h("div", { class: "inline-keyboard" });
    rows.forEach(function (row) {
      var rowNode = h("div", { class: "kb-row" });
      row.forEach(function (button) {
        if (button.url) {
          var safe = SAFE_URL.test(button.url);
          rowNode.appendChild(h(safe ? "a" : "button", {
            href: safe ? button.url : null, target: safe ? "_blank" : null, rel: "noopener noreferrer",
            disabled: !safe, text: button.text,
          }));
        } else if (button.callback_data !== undefined) {
          rowNode.appendChild(h("button", {
            type: "button", text: button.text,
            dataset: { callback: button.callback_data, messageId: String(record.data.message_id) },
          }));
        } else {
          rowNode.appendChild(h("button", { type: "button", disabled: true, text: button.text, title: "Không hỗ trợ trong bản demo" }));
        }
      });
      kb.appendChild(rowNode);
    });
    return kb;
  }

  function renderFile(record) {
    var data = record.data;
    var doc = data.document;
    if (!doc) return null;
    var href = "/_emulator/files/" + encodeURIComponent(doc.file_id);
    var name = doc.file_name || "Tệp đính kèm";
    var link = h("a", {
      class: "file " + (record.fromBot ? "file-download" : "file-chip"),
      href: href, download: name, title: "Tải về " + name,
    }, [
      h("span", { class: "file-icon" }, [svgIcon(record.fromBot ? ICON_DOWNLOAD : ICON_FILE)]),
      h("span", { class: "file-info" }, [
        h("span", { class: "file-name", text: name }),
        h("span", { class: "file-size", text: [fileSize(doc.file_size), record.fromBot ? "Bấm để tải về" : ""].filter(Boolean).join(" · ") }),
      ]),
    ]);
    return link;
  }

  function renderPhoto(record) {
    var photos = record.data.photo;
    if (!photos || !photos.length) return null;
    var largest = photos[photos.length - 1];
    return h("img", { class: "photo", src: "/_emulator/files/" + encodeURIComponent(largest.file_id), alt: "Ảnh" });
  }

  function renderReply(record) {
    var reply = record.data.reply_to_message;
    if (!reply) return null;
    var name = reply.from ? userName(reply.from) : "";
    return h("div", { class: "reply-quote", dataset: { replyTo: String(reply.message_id) } }, [
      h("span", { class: "reply-name", text: name }),
      h("span", { class: "reply-text", text: previewText(reply) || "…" }),
    ]);
  }

  function fillMessage(node, record, grouped) {
    var data = record.data;
    var chat = state.chats.get(Number(data.chat.id)) || data.chat;
    var mine = isMine(record);
    var isGroup = chat.type !== "private";
    node.className = "message " + (mine ? "out" : "in") + (grouped ? " grouped" : "") +
      (data.reply_markup && data.reply_markup.inline_keyboard ? " has-kb" : "");
    node.dataset.messageId = String(data.message_id);
    node.dataset.from = record.fromBot ? "bot" : mine ? "me" : "user";
    node.dataset.sender = senderKey(record);
    node.dataset.day = dayKey(data.date || 0);
    if (record.edited) node.dataset.edited = "true";
    else delete node.dataset.edited;
    node.textContent = "";

    var bubble = h("div", { class: "bubble" });
    var color = record.fromBot ? "c-bot" : hashColor(data.from && data.from.id);
    if (isGroup && !mine && !grouped) {
      bubble.appendChild(h("div", { class: "sender " + color, text: userName(data.from) }));
    }
    var reply = renderReply(record);
    if (reply) bubble.appendChild(reply);
    var photo = renderPhoto(record);
    if (photo) bubble.appendChild(photo);
    var file = renderFile(record);
    if (file) bubble.appendChild(file);

    var text = data.text !== undefined ? data.text : data.caption;
    var entities = data.text !== undefined ? data.entities : data.caption_entities;
    var spacerClass = "meta-spacer" + (record.edited ? " wide" : "");
    if (text) {
      var body = richText(text, entities);
      body.appendChild(h("span", { class: spacerClass, "aria-hidden": "true" }));
      bubble.appendChild(body);
    } else {
      bubble.classList.add("no-text");
    }
    var meta = h("span", { class: "meta", title: data.date ? dayKey(data.date) + " " + timeLabel(data.date) : "" });
    if (record.edited) meta.appendChild(h("span", { class: "edited", text: "đã sửa" }));
    meta.appendChild(h("time", { class: "time", datetime: data.date ? new Date(data.date * 1000).toISOString() : null, text: timeLabel(data.date) }));
    bubble.appendChild(meta);

    var column = h("div", { class: "message-body" }, [bubble]);
    var kb = renderKeyboard(record);
    if (kb) column.appendChild(kb);

    var row = h("div", { class: "message-row" });
    if (isGroup && !mine) {
      if (grouped) row.appendChild(h("div", { class: "avatar-spacer" }));
      else if (record.fromBot) row.appendChild(botAvatar());
      else row.appendChild(avatar(personOrUserInitials(data.from), color));
    }
    row.appendChild(column);
    node.appendChild(row);
  }

  function personOrUserInitials(user) {
    var person = user && state.personByUserId.get(user.id);
    return person ? personInitials(person) : initials(user && user.first_name, user && user.last_name);
  }

  function messageNode(chatId, messageId) {
    // Only the open chat is in the DOM (its id is on #messages as data-open-chat).
    if (Number(chatId) !== state.chatId) return null;
    return el.messages.querySelector('.message[data-message-id="' + Number(messageId) + '"]');
  }

  function lastMessageNode() {
    var nodes = el.messages.querySelectorAll(".message");
    return nodes.length ? nodes[nodes.length - 1] : null;
  }

  function appendMessage(record) {
    var prev = lastMessageNode();
    var day = dayKey(record.data.date || 0);
    var newDay = !prev || prev.dataset.day !== day;
    if (newDay) {
      el.messages.appendChild(h("div", { class: "date-sep", dataset: { day: day } }, [h("span", { text: dayLabel(record.data.date || 0) })]));
    }
    var grouped = !newDay && prev && prev.dataset.sender === senderKey(record) &&
      (record.data.date || 0) - Number(prev.dataset.date || 0) < 600;
    var node = h("div");
    fillMessage(node, record, grouped);
    node.dataset.date = String(record.data.date || 0);
    var empty = el.messages.querySelector(".empty-chat");
    if (empty) empty.remove();
    el.messages.appendChild(node);
    return node;
  }

  function renderMessages() {
    el.messages.textContent = "";
    var records = sortedMessages(state.chatId);
    records.forEach(appendMessage);
    if (!records.length) {
      var chat = state.chats.get(state.chatId);
      el.messages.appendChild(h("div", {
        class: "empty-chat",
        text: chat && chat.type === "private"
          ? "Chưa có tin nhắn. Hãy thử gõ /tasks hoặc /help để bắt đầu."
          : "Chưa có tin nhắn trong nhóm này.",
      }));
    }
    scrollToBottom(false);
  }

  // --- scrolling -----------------------------------------------------------------------

  function nearBottom() {
    var m = el.messages;
    return m.scrollHeight - m.scrollTop - m.clientHeight < 120;
  }

  function scrollToBottom(smooth) {
    var m = el.messages;
    // While a smooth scroll runs, nearBottom() is briefly false: keep following replies meanwhile.
    state.followUntil = Date.now() + 2500;
    if (smooth && m.scrollTo) m.scrollTo({ top: m.scrollHeight, behavior: "smooth" });
    else m.scrollTop = m.scrollHeight;
    state.unseenBelow = 0;
    updateScrollButton();
  }

  function updateScrollButton() {
    var show = !nearBottom();
    el.scrollDown.hidden = !show;
    el.scrollDownCount.hidden = !state.unseenBelow;
    el.scrollDownCount.textContent = String(state.unseenBelow);
    if (!show) state.unseenBelow = 0;
  }

  // --- sidebar -------------------------------------------------------------------------

  function personUnread(person) {
    return person.chats.reduce(function (sum, chat) {
      return sum + (state.unread.get(Number(chat.id)) || 0);
    }, 0);
  }

  function lastRecord(chatId) {
    var list = sortedMessages(chatId);
    return list.length ? list[list.length - 1] : null;
  }

  function renderPeople() {
    el.people.textContent = "";
    if (!state.people.length) {
      el.people.appendChild(h("li", { class: "panel-hint", text: "Chưa có người dùng nào. Hãy chạy lệnh dondoc demo." }));
      return;
    }
    state.people.forEach(function (person) {
      var unread = personUnread(person);
      var selected = person.id === state.personId;
      var button = h("button", {
        type: "button", class: "row" + (selected ? " selected" : ""), role: "option",
        "aria-selected": selected ? "true" : "false",
        dataset: { personId: person.id, role: person.role || "" },
        onclick: function () { selectPerson(person.id, true); },
      }, [
        avatar(personInitials(person), hashColor(person.user.id)),
        h("span", { class: "row-main" }, [
          h("span", { class: "row-top" }, [h("span", { class: "row-name", text: person.name }), zaloBadge(person)]),
          h("span", { class: "row-bottom" }, [
            h("span", { class: "row-sub role-label", text: person.role_label || person.unit || "" }),
            unread ? h("span", { class: "badge", "aria-label": unread + " tin chưa đọc", text: String(unread) }) : null,
          ]),
        ]),
      ]);
      el.people.appendChild(h("li", null, [button]));
    });
  }

  // A person on Zalo (`platform` in /_demo/people): plain text both ways, never buttons.
  function onZalo(person) { return !!person && person.platform === "zalo"; }

  function zaloBadge(person) {
    return onZalo(person) ? h("span", { class: "platform-badge", title: "Dùng dondoc trên Zalo", text: "Zalo" }) : null;
  }

  function renderChats() {
    var person = state.peopleById.get(state.personId);
    el.chatsPanel.hidden = !person;
    el.chats.textContent = "";
    if (!person) return;
    el.chatsOwner.textContent = person.name;
    person.chats.forEach(function (chat) {
      var id = Number(chat.id);
      var last = lastRecord(id);
      var unread = state.unread.get(id) || 0;
      var selected = id === state.chatId;
      var preview = last ? previewText(last.data) : chat.type === "private" ? "Trò chuyện riêng với bot" : "Nhóm của đơn vị";
      if (last && isMine(last)) preview = "Bạn: " + preview;
      else if (last && chat.type !== "private" && last.data.from) preview = userName(last.data.from) + ": " + preview;
      var button = h("button", {
        type: "button", class: "row" + (selected ? " selected" : ""),
        "aria-current": selected ? "true" : null,
        dataset: { chatId: String(id), chatType: chat.type },
        onclick: function () { openChat(id); },
      }, [
        chatAvatar(chat),
        h("span", { class: "row-main" }, [
          h("span", { class: "row-top" }, [
            h("span", { class: "row-name", text: chatTitle(chat) }),
            last ? h("span", { class: "row-time", text: timeOrDay(last.data.date) }) : null,
          ]),
          h("span", { class: "row-bottom" }, [
            h("span", { class: "row-sub", text: preview }),
            unread ? h("span", { class: "badge unread-badge", dataset: { unread: String(unread) }, "aria-label": unread + " tin chưa đọc", text: String(unread) }) : null,
          ]),
        ]),
      ]);
      el.chats.appendChild(h("li", null, [button]));
    });
  }

  function timeOrDay(unix) {
    if (!unix) return "";
    // "Today" is the demo's simulated day when there is a clock, else the newest message's day.
    var today = state.todayLabel;
    if (!today) {
      var latest = 0;
      state.messages.forEach(function (store) {
        store.forEach(function (r) { if (r.data.date > latest) latest = r.data.date; });
      });
      today = dayKey(latest);
    }
    if (dayKey(unix) === today) return timeLabel(unix);
    return dayKey(unix).slice(0, 5);
  }

  function chatTitle(chat) {
    if (chat.title) return chat.title;
    if (chat.type === "private") return (state.bot.first_name || "dondoc") + " (riêng)";
    return "Nhóm " + chat.id;
  }

  var sidebarQueued = false;
  function refreshSidebar() {
    if (sidebarQueued) return;
    sidebarQueued = true;
    requestAnimationFrame(function () {
      sidebarQueued = false;
      renderPeople();
      renderChats();
      updateTitle();
    });
  }

  function updateTitle() {
    var total = 0;
    state.unread.forEach(function (n) { total += n; });
    document.title = (total ? "(" + total + ") " : "") + "dondoc · Bản demo";
  }

  // --- selection -----------------------------------------------------------------------

  function saveSelection() {
    try { localStorage.setItem(STORAGE_KEY, JSON.stringify({ person: state.personId, chat: state.chatId })); } catch (e) { /* private mode */ }
  }

  function selectPerson(personId, openDefault) {
    var person = state.peopleById.get(personId);
    if (!person) return;
    var changed = state.personId !== personId;
    state.personId = personId;
    if (changed) {
      // A button's answer belongs to whoever pressed it; do not show it to the next person.
      Array.prototype.forEach.call(el.toasts.querySelectorAll(".callback-toast"), function (t) { t.remove(); });
    }
    if (openDefault || changed) {
      var stillThere = person.chats.some(function (c) { return Number(c.id) === state.chatId; });
      if (openDefault || !stillThere) {
        var first = person.chats[0];
        // On a phone the list stays in view so the person's chats can be picked.
        if (first) openChat(Number(first.id), isPhone());
        else closeChat();
        if (isPhone()) {
          refreshSidebar();
          requestAnimationFrame(function () {
            requestAnimationFrame(function () { el.chatsPanel.scrollIntoView({ behavior: "smooth", block: "nearest" }); });
          });
        }
      }
    }
    saveSelection();
    refreshSidebar();
  }

  function closeChat() {
    state.chatId = null;
    el.chatView.hidden = true;
    el.welcome.hidden = false;
    el.app.dataset.view = "list";
  }

  function isPhone() {
    return !!(window.matchMedia && window.matchMedia("(max-width: 760px)").matches);
  }

  function openChat(chatId, stayOnList) {
    var person = state.peopleById.get(state.personId);
    var chat = state.chats.get(chatId);
    if (!person || !chat) return;
    state.chatId = chatId;
    state.unread.set(chatId, 0);
    el.welcome.hidden = true;
    el.chatView.hidden = false;
    el.app.dataset.view = stayOnList ? "list" : "chat";
    el.chatView.dataset.openChat = String(chatId);
    el.messages.dataset.openChat = String(chatId);
    el.chatTitle.textContent = chatTitle(chat);
    var members = state.people.filter(function (p) {
      return p.chats.some(function (c) { return Number(c.id) === chatId; });
    });
    el.chatSubtitle.textContent = onZalo(person) && chat.type === "private"
      ? "Zalo · chỉ tin văn bản, trả lời bằng lệnh gõ (không có nút)"
      : chat.type === "private"
      ? "bot" + (state.bot.username ? " · @" + state.bot.username : "")
      : "Nhóm · bot và " + members.length + " người trong bản demo";
    var newAvatar = chatAvatar(chat);
    newAvatar.id = "chat-avatar";
    el.chatAvatar.replaceWith(newAvatar);
    el.chatAvatar = newAvatar;
    el.chatAsShort.textContent = "Bạn đang là " + person.name;
    el.chatAs.textContent = "";
    el.chatAs.appendChild(document.createTextNode("Bạn đang là"));
    el.chatAs.appendChild(h("strong", { text: person.name }));
    if (onZalo(person)) el.chatAs.appendChild(zaloBadge(person));
    el.chatView.dataset.platform = onZalo(person) ? "zalo" : "telegram";
    renderMessages();
    loadMenu();
    saveSelection();
    refreshSidebar();
    if (!isPhone()) el.input.focus();
  }

  // --- shortcuts: the bot's command menu in this chat, for this person -------------------

  function loadMenu() {
    var chatId = state.chatId;
    var person = currentPerson();
    if (chatId === null || chatId === undefined || !person) return;
    api("GET", "/_emulator/chats/" + chatId + "/commands?user_id=" + encodeURIComponent(person.user.id))
      .then(function (result) {
        if (state.chatId === chatId && currentPerson() === person) renderChips(result && result.commands);
      })
      .catch(function () { /* keep the shortcuts shown */ });
  }

  function renderChips(commands) {
    // A bot that set no menu keeps the page's own shortcuts; otherwise offer exactly its menu
    // (what the person's role may use), as a Telegram client would.
    el.chips.textContent = "";
    if (!commands) {
      state.defaultChips.forEach(function (chip) { el.chips.appendChild(chip.cloneNode(true)); });
      return;
    }
    commands.forEach(function (command) {
      if (command.command === "start") return;
      var description = String(command.description || "");
      var short = description.split(/ \(|, /)[0];
      el.chips.appendChild(h("button", {
        type: "button", class: "command-chip", title: description, dataset: { command: "/" + command.command + " " },
      }, ["/" + command.command + " ", h("span", { text: short })]));
    });
  }

  // --- applying events -----------------------------------------------------------------

  function onNewMessage(record, fromEvents) {
    var chatId = Number(record.data.chat.id);
    var mine = isMine(record);
    var inDom = chatId === state.chatId;
    // On a phone showing the list, the selected chat is not on screen.
    var onScreen = inDom && !(isPhone() && el.app.dataset.view !== "chat");
    if (inDom) {
      var stick = mine || nearBottom() || !onScreen || Date.now() < (state.followUntil || 0);
      appendMessage(record);
      if (stick) scrollToBottom(onScreen);
      else {
        state.unseenBelow += 1;
        updateScrollButton();
      }
    }
    if (!onScreen && fromEvents && !mine) {
      state.unread.set(chatId, (state.unread.get(chatId) || 0) + 1);
    }
    refreshSidebar();
  }

  function rerenderInPlace(record, flash) {
    var node = messageNode(record.data.chat.id, record.data.message_id);
    if (!node) return;
    var wasBottom = nearBottom();
    fillMessage(node, record, node.classList.contains("grouped"));
    if (flash) {
      node.classList.remove("flash");
      void node.offsetWidth;
      node.classList.add("flash");
    }
    if (wasBottom) scrollToBottom(false);
  }

  function applyEvent(event) {
    var payload = event.payload || {};
    if (event.kind === "message") {
      if (upsert(payload, event.from_bot, false) === "new") {
        onNewMessage(chatStore(payload.chat.id).get(payload.message_id), true);
      }
    } else if (event.kind === "edit") {
      var result = upsert(payload, event.from_bot, true);
      var record = chatStore(payload.chat.id).get(payload.message_id);
      if (result === "new") onNewMessage(record, true);
      else {
        rerenderInPlace(record, true);
        refreshSidebar();
      }
    } else if (event.kind === "delete") {
      var store = chatStore(event.chat_id);
      var gone = store.get(event.message_id);
      if (gone) gone.deleted = true;
      var node = messageNode(event.chat_id, event.message_id);
      if (node) node.remove();
      refreshSidebar();
    } else if (event.kind === "callback_answer") {
      onCallbackAnswer(payload);
    } else if (event.kind === "commands") {
      loadMenu();
    } else if (event.kind === "clock") {
      var before = state.todayLabel;
      if (showClock(payload, event.seq) && before !== state.todayLabel) refreshSidebar();
    }
  }

  function onCallbackAnswer(payload) {
    var id = String(payload.callback_query_id);
    var button = state.pressed.get(id);
    if (button === undefined) {
      state.earlyAnswers.set(id, payload);
      setTimeout(function () { state.earlyAnswers.delete(id); }, 15000);
      return;
    }
    state.pressed.delete(id);
    if (button) button.classList.remove("pressing");
    showAnswer(payload);
  }

  function showAnswer(payload) {
    if (!payload.text) return;
    if (payload.show_alert) showAlert(payload.text);
    else toast(payload.text, "callback-toast");
  }

  // --- long poll -----------------------------------------------------------------------

  function pollLoop(generation) {
    var failures = 0;
    (function next() {
      if (generation !== state.generation) return;
      api("GET", "/_emulator/events?after=" + state.lastSeq + "&timeout=" + POLL_TIMEOUT)
        .then(function (result) {
          if (generation !== state.generation) return;
          failures = 0;
          el.banner.hidden = true;
          if (result.last_seq < state.lastSeq) {
            // The emulator restarted: start over with its new state.
            boot();
            return;
          }
          (result.events || []).forEach(function (event) {
            if (event.seq <= state.lastSeq) return;
            state.lastSeq = event.seq;
            try { applyEvent(event); } catch (err) { console.error("event", event, err); }
          });
          next();
        })
        .catch(function (err) {
          failures += 1;
          if (failures > 1) el.banner.hidden = false;
          console.warn("events poll failed", err);
          sleep(Math.min(5000, 500 * failures)).then(next);
        });
    })();
  }

  // --- actions -------------------------------------------------------------------------

  function currentPerson() { return state.peopleById.get(state.personId); }

  function chatRef(chat) {
    // Known chats (and private ones) go by id; others are described so the emulator learns them.
    if (chat.type === "private" || state.knownEmuChats.has(Number(chat.id))) return { chat_id: Number(chat.id) };
    return { chat: { id: Number(chat.id), type: chat.type || "group", title: chat.title } };
  }

  function sendText() {
    var person = currentPerson();
    var chat = state.chats.get(state.chatId);
    var text = el.input.value.replace(/\s+$/, "");
    if (!person || !chat || !text.trim() || state.sending) return;
    state.sending = true;
    el.send.disabled = true;
    var body = Object.assign({ user: person.user, text: text }, chatRef(chat));
    api("POST", onZalo(person) ? "/_demo/zalo/send" : "/_emulator/send", body)
      .then(function (message) {
        state.knownEmuChats.add(Number(chat.id));
        el.input.value = "";
        autosize();
        if (upsert(message, false, false) === "new") onNewMessage(chatStore(message.chat.id).get(message.message_id), false);
      })
      .catch(function (err) { toast("Không gửi được tin nhắn: " + err.message, "error", 4000); })
      .then(function () {
        state.sending = false;
        el.send.disabled = false;
        el.input.focus();
      });
  }

  function uploadFile(file) {
    var person = currentPerson();
    var chat = state.chats.get(state.chatId);
    if (!person || !chat || !file) return;
    if (onZalo(person)) { toast("Bản demo chỉ gửi tin văn bản trên Zalo.", "error", 4000); el.file.value = ""; return; }
    var form = new FormData();
    form.append("user", JSON.stringify(person.user));
    var ref = chatRef(chat);
    if (ref.chat) form.append("chat", JSON.stringify(ref.chat));
    else form.append("chat_id", String(ref.chat_id));
    form.append("file", file, file.name);
    el.composer.classList.add("uploading");
    api("POST", "/_emulator/upload", form)
      .then(function (message) {
        state.knownEmuChats.add(Number(chat.id));
        if (upsert(message, false, false) === "new") onNewMessage(chatStore(message.chat.id).get(message.message_id), false);
      })
      .catch(function (err) { toast("Không gửi được tệp: " + err.message, "error", 4000); })
      .then(function () {
        el.composer.classList.remove("uploading");
        el.file.value = "";
      });
  }

  function press(button) {
    var person = currentPerson();
    var node = button.closest(".message");
    if (!person || !node || button.classList.contains("pressing")) return;
    button.classList.add("pressing");
    var body = {
      user: person.user,
      chat_id: state.chatId,
      message_id: Number(node.dataset.messageId),
      data: button.dataset.callback,
    };
    api("POST", "/_emulator/press", body)
      .then(function (result) {
        var id = String(result.callback_query_id);
        if (state.earlyAnswers.has(id)) {
          button.classList.remove("pressing");
          showAnswer(state.earlyAnswers.get(id));
          state.earlyAnswers.delete(id);
        } else {
          state.pressed.set(id, button);
          setTimeout(function () { button.classList.remove("pressing"); }, 8000);
        }
      })
      .catch(function (err) {
        button.classList.remove("pressing");
        toast(err.status === 400 ? "Nút này không còn dùng được." : "Không bấm được nút: " + err.message, "error", 3500);
      });
  }

  function fillComposer(command) {
    el.input.value = command;
    autosize();
    el.input.focus();
    var end = el.input.value.length;
    try { el.input.setSelectionRange(end, end); } catch (e) { /* ignore */ }
  }

  function autosize() {
    el.input.style.height = "auto";
    el.input.style.height = Math.min(el.input.scrollHeight, 140) + "px";
  }

  // --- clock ---------------------------------------------------------------------------

  // Shows the clock unless a newer announcement was shown already (`seq`: the event's, or the one
  // /_demo/clock and /_demo/advance report). Returns whether it was shown.
  function showClock(clock, seq) {
    if (!clock || !clock.today) return false;
    if (seq === undefined) seq = clock.seq;
    if (typeof seq === "number") {
      if (seq < state.clockSeq) return false;
      state.clockSeq = seq;
    }
    el.clock.hidden = false;
    state.hasClock = true;
    state.todayLabel = clock.today_label || isoToLabel(clock.today);
    el.clockToday.textContent = state.todayLabel;
    el.clockToday.dataset.date = clock.today;
    if (clock.advancing !== undefined) showProgress(clock.advancing);
    return true;
  }

  function setAttr(node, name, value) {
    if (node.getAttribute(name) !== String(value)) node.setAttribute(name, String(value));
  }

  // `advancing`: {done, total} while days pass, null (or done = total) when they have.
  function showProgress(advancing) {
    var running = Boolean(advancing && advancing.total > 0 && advancing.done < advancing.total);
    if (advancing && advancing.total > 0) {
      var done = Math.min(advancing.done, advancing.total);
      setAttr(el.progress, "aria-valuemax", advancing.total);
      setAttr(el.progress, "aria-valuenow", done);
      var text = "Đã qua " + done + "/" + advancing.total + " ngày";
      setAttr(el.progress, "aria-valuetext", text);
      el.progressText.textContent = text;
      el.progressFill.style.width = (100 * done / advancing.total) + "%";
    }
    el.progress.hidden = !running;
    state.advancingSeen = running;
    updateAdvanceButtons();
  }

  function updateAdvanceButtons() {
    var busy = state.advancing || state.advancingSeen;
    [el.advanceDay, el.advanceWeek].forEach(function (b) { b.disabled = busy; });
    if (busy) el.clock.setAttribute("aria-busy", "true");
    else el.clock.removeAttribute("aria-busy");
  }

  function advance(button) {
    if (state.advancing || state.advancingSeen) return;
    var days = Number(button.dataset.days || 1);
    state.advancing = true;
    button.classList.add("busy");
    showProgress({ done: 0, total: days });
    api("POST", "/_demo/advance", { days: days })
      .then(function (clock) {
        // The answer may overtake the last days' announcements: count them all before closing.
        if (typeof clock.seq !== "number" || clock.seq >= state.clockSeq) showProgress({ done: days, total: days });
        showClock(clock);
        el.clockDate.classList.remove("flash");
        void el.clockDate.offsetWidth;
        el.clockDate.classList.add("flash");
        var label = clock.today_label || isoToLabel(clock.today);
        var count = clock.messages;
        toast("Đã sang ngày " + label + (typeof count === "number" ? " · " + (count ? count + " tin nhắn mới" : "không có tin nhắn mới") : ""), "success", 3500);
      })
      .catch(function (err) { toast("Không chuyển được ngày: " + err.message, "error", 4000); })
      .then(function () {
        state.advancing = false;
        button.classList.remove("busy");
        if (!state.advancingSeen) el.progress.hidden = true;
        updateAdvanceButtons();
        refreshSidebar();
      });
  }

  // --- boot ----------------------------------------------------------------------------

  function normalizePeople(list) {
    return (list || []).map(function (p, index) {
      var user = p.user || { id: Number(p.id) || index + 1, first_name: p.name || "Người dùng" };
      var chats = (p.chats && p.chats.length ? p.chats : [{ id: user.id, type: "private" }]).map(function (c) {
        return { id: Number(c.id), type: c.type || (Number(c.id) > 0 ? "private" : "group"), title: c.title || null };
      });
      return {
        id: String(p.id !== undefined ? p.id : user.id),
        name: p.name || [user.first_name, user.last_name].filter(Boolean).join(" "),
        role: p.role || "",
        role_label: p.role_label || "",
        unit: p.unit || "",
        user: user,
        chats: chats,
        platform: p.platform || "telegram",
      };
    });
  }

  function peopleFromInfo(info) {
    var groups = (info.chats || []).filter(function (c) { return c.type !== "private"; });
    var users = (info.users || []).filter(function (u) { return !u.is_bot; });
    if (!users.length) users = [{ id: 100001, first_name: "Khách", last_name: "Demo" }];
    return users.map(function (u) {
      return {
        id: "user-" + u.id,
        name: [u.first_name, u.last_name].filter(Boolean).join(" "),
        role: "user",
        role_label: u.username ? "@" + u.username : "Người dùng thử",
        user: u,
        chats: [{ id: u.id, type: "private", title: null }].concat(groups.map(function (g) {
          return { id: g.id, type: g.type, title: g.title || null };
        })),
      };
    });
  }

  function loadHistory(chatId) {
    return api("GET", "/_emulator/chats/" + chatId + "/messages")
      .then(function (rows) {
        (rows || []).forEach(function (row) {
          if (row.deleted) return;
          upsert(row.message, row.from_bot, row.history && row.history.length > 0);
        });
      })
      .catch(function () { /* unknown chat: no history yet */ });
  }

  function boot() {
    state.generation += 1;
    state.clockSeq = 0; // a restarted emulator numbers its events from the start again
    var generation = state.generation;
    return api("GET", "/_emulator/info")
      .then(function (info) {
        state.lastSeq = info.last_seq || 0;
        state.bot = Object.assign({}, info.bot || {});
        state.knownEmuChats = new Set((info.chats || []).map(function (c) { return Number(c.id); }));
        var people = api("GET", "/_demo/people").then(function (result) {
          state.demoMode = true;
          if (result && result.bot) Object.assign(state.bot, result.bot);
          return normalizePeople(result && result.people);
        }, function () {
          state.demoMode = false;
          return peopleFromInfo(info);
        });
        var clock = api("GET", "/_demo/clock").then(showClock, function () {
          el.clock.hidden = true;
          state.hasClock = false;
          state.todayLabel = null;
        });
        return Promise.all([people, clock]);
      })
      .then(function (results) {
        var people = results[0];
        state.people = people;
        state.peopleById = new Map(people.map(function (p) { return [p.id, p]; }));
        state.personByUserId = new Map(people.map(function (p) { return [p.user.id, p]; }));
        state.chats = new Map();
        state.messages = new Map();
        people.forEach(function (p) {
          p.chats.forEach(function (c) {
            if (!state.chats.has(c.id) || (!state.chats.get(c.id).title && c.title)) state.chats.set(c.id, c);
          });
        });
        return Promise.all(Array.from(state.chats.keys()).map(loadHistory));
      })
      .then(function () {
        el.banner.hidden = true;
        var saved = null;
        try { saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || "null"); } catch (e) { saved = null; }
        if (saved && state.peopleById.has(saved.person)) {
          state.personId = saved.person;
          var person = state.peopleById.get(saved.person);
          var chatOk = person.chats.some(function (c) { return Number(c.id) === saved.chat; });
          if (chatOk) openChat(saved.chat);
          else selectPerson(saved.person, true);
        } else if (state.chatId !== null && state.chats.has(state.chatId)) {
          openChat(state.chatId);
        }
        refreshSidebar();
        document.body.dataset.ready = "true";
        pollLoop(generation);
      })
      .catch(function (err) {
        console.warn("boot failed", err);
        el.banner.hidden = false;
        return sleep(2000).then(function () { if (generation === state.generation) return boot(); });
      });
  }

  function bindUi() {
    el.app = $("app");
    el.people = $("people");
    el.chats = $("chats");
    el.chatsPanel = $("chats-panel");
    el.chatsOwner = $("chats-owner");
    el.welcome = $("welcome");
    el.chatView = $("chat-view");
    el.chatTitle = $("chat-title");
    el.chatSubtitle = $("chat-subtitle");
    el.chatAvatar = $("chat-avatar");
    el.chatAs = $("chat-as");
    el.chatAsShort = $("chat-as-short");
    el.messages = $("messages");
    el.scrollDown = $("scroll-down");
    el.scrollDownCount = $("scroll-down-count");
    el.composer = $("composer");
    el.input = $("composer-input");
    el.send = $("composer-send");
    el.attach = $("composer-attach");
    el.file = $("composer-file");
    el.clock = $("clock");
    el.clockDate = el.clock.querySelector(".clock-date");
    el.clockToday = $("clock-today");
    el.progress = $("clock-progress");
    el.progressText = el.progress.querySelector(".clock-progress-text");
    el.progressFill = el.progress.querySelector(".clock-progress-fill");
    el.advanceDay = $("advance-day");
    el.advanceWeek = $("advance-week");
    el.banner = $("connection-banner");
    el.toasts = $("toasts");
    el.alert = $("alert");
    el.alertText = $("alert-text");
    el.alertOk = $("alert-ok");

    el.composer.addEventListener("submit", function (event) {
      event.preventDefault();
      sendText();
    });
    el.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        sendText();
      }
    });
    el.input.addEventListener("input", autosize);
    el.attach.addEventListener("click", function () { el.file.click(); });
    el.file.addEventListener("change", function () { uploadFile(el.file.files && el.file.files[0]); });
    el.chips = document.querySelector(".composer-area .chips");
    state.defaultChips = Array.prototype.slice.call(el.chips.querySelectorAll(".command-chip")).map(function (chip) {
      return chip.cloneNode(true);
    });
    el.chips.addEventListener("click", function (event) {
      var chip = event.target.closest(".command-chip");
      if (chip) fillComposer(chip.dataset.command);
    });
    el.messages.addEventListener("click", function (event) {
      var target = event.target;
      var button = target.closest(".inline-keyboard button[data-callback]");
      if (button) { press(button); return; }
      var cmd = target.closest(".cmd[data-command], .cmd-code[data-command]");
      if (cmd) { fillComposer(cmd.dataset.command + " "); return; }
      var spoiler = target.closest(".spoiler");
      if (spoiler) { spoiler.classList.add("revealed"); return; }
      var quote = target.closest(".reply-quote[data-reply-to]");
      if (quote) {
        var original = messageNode(state.chatId, quote.dataset.replyTo);
        if (original) {
          original.scrollIntoView({ behavior: "smooth", block: "center" });
          original.classList.remove("flash");
          void original.offsetWidth;
          original.classList.add("flash");
        }
      }
    });
    el.messages.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && event.target.matches("[data-command]")) fillComposer(event.target.dataset.command + " ");
    });
    el.messages.addEventListener("scroll", updateScrollButton, { passive: true });
    el.scrollDown.addEventListener("click", function () { scrollToBottom(true); });
    $("back-button").addEventListener("click", function () {
      el.app.dataset.view = "list";
    });
    el.advanceDay.addEventListener("click", function () { advance(el.advanceDay); });
    el.advanceWeek.addEventListener("click", function () { advance(el.advanceWeek); });
    el.alertOk.addEventListener("click", function () { el.alert.hidden = true; });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") el.alert.hidden = true;
    });
  }

  bindUi();
  boot();
})();
