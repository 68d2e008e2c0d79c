// The officer's protocol page: keeps the draft (never the PIN or the photos) in this phone's
// localStorage so that it survives a lost connection or a reload, with its idempotency key, so
// that sending it again answers the protocol it registered instead of making a second one. Also:
// a vehicle's plate picked from the person's card, and the phone's position as the place.
(function () {
  'use strict';
  var STORE = 'ecase.protocol-draft';
  var KEPT = ['idempotencyKey', 'iin', 'articleQuery', 'article', 'offenceTime', 'place', 'plate',
    'description', 'fineMci'];
  var pendingArticle = null;

  function form() { return document.getElementById('protocol-form'); }

  function read() {
    try { return JSON.parse(window.localStorage.getItem(STORE)) || null; } catch (e) { return null; }
  }

  function save() {
    var f = form();
    if (!f) { return; }
    var draft = {};
    KEPT.forEach(function (name) {
      var field = f.elements[name];
      if (!field) { return; }
      if (field instanceof RadioNodeList || field.type === 'radio') {
        var checked = f.querySelector('input[name="' + name + '"]:checked');
        if (checked) { draft[name] = checked.value; }
      } else if (field.value !== undefined) {
        draft[name] = field.value;
      }
    });
    if (!draft.article && pendingArticle) { draft.article = pendingArticle; }
    window.localStorage.setItem(STORE, JSON.stringify(draft));
  }

  function restore() {
    var f = form();
    var draft = read();
    if (!f || !draft) { return; }
    if (draft.registered) {
      window.localStorage.removeItem(STORE);
      return;
    }
    KEPT.forEach(function (name) {
      var field = f.elements[name];
      if (field && draft[name] !== undefined && field.type !== 'radio' && !(field instanceof RadioNodeList)) {
        field.value = draft[name];
      }
    });
    if (draft.article) {
      pendingArticle = draft.article;
      var search = document.getElementById('articleQuery');
      if (search && search.value && window.htmx) { window.htmx.trigger(search, 'search'); }
    }
    var restored = document.getElementById('restored');
    if (restored) { restored.hidden = false; }
  }

  function chooseRestoredArticle() {
    if (!pendingArticle) { return; }
    var radio = document.getElementById('article-' + pendingArticle);
    if (radio) {
      pendingArticle = null;
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  function locate() {
    var place = document.getElementById('place');
    if (!navigator.geolocation || !place) { return; }
    navigator.geolocation.getCurrentPosition(function (position) {
      place.value = position.coords.latitude.toFixed(6) + ', ' + position.coords.longitude.toFixed(6);
      save();
    });
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('button, a') : null;
    if (!target) { return; }
    if (target.classList.contains('plate-choice')) {
      document.getElementById('plate').value = target.getAttribute('data-plate');
      save();
    } else if (target.id === 'locate') {
      locate();
    } else if (target.id === 'new-protocol') {
      window.localStorage.removeItem(STORE);
    }
  });

  document.addEventListener('input', function (event) { if (event.target.form === form()) { save(); } });
  document.addEventListener('change', function (event) { if (event.target.form === form()) { save(); } });

  document.addEventListener('htmx:afterSwap', function () {
    chooseRestoredArticle();
    var registered = document.getElementById('registered');
    if (registered) {
      // The protocol is shown: this draft is done; a reload starts a new one.
      window.localStorage.setItem(STORE, JSON.stringify({ registered: registered.getAttribute('data-number') }));
    }
  });

  // Multipart bodies are read after the CSRF check: send the form's token as a header too.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('#protocol-form input[name="_csrf"]');
    if (token) { event.detail.headers['X-CSRF-TOKEN'] = token.value; }
  });

  document.addEventListener('htmx:sendError', function () {
    var offline = document.getElementById('offline');
    if (offline) { offline.hidden = false; }
  });
  document.addEventListener('htmx:beforeRequest', function () {
    var offline = document.getElementById('offline');
    if (offline) { offline.hidden = true; }
  });

  document.addEventListener('DOMContentLoaded', function () {
    // after htmx has processed the page (its handler was added first)
    if (document.getElementById('registered')) {
      window.localStorage.setItem(STORE, JSON.stringify({ registered: true }));
    } else {
      restore();
    }
  });
})();
