/* voxpress.js: the drop-in replacement for the ElevenLabs AudioNative helper script. */
(function () {
  'use strict';
  if (window.voxpress) return;
  window.voxpress = { version: 1 };
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = script.src.replace(/[?#].*$/, '').replace(/[^\/]*$/, '');
  var SELECTOR = '#elevenlabs-audionative-widget, [data-voxpress]';

  function normalize(href) {
    var u;
    try { u = new URL(href, document.baseURI); } catch (e) { return null; }
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) return null;
    var path = u.pathname || '/';
    while (path.length > 1 && path.charAt(path.length - 1) === '/') path = path.slice(0, -1);
    var query = u.search.slice(1).split('&').filter(function (p) {
      return p && p.toLowerCase().indexOf('utm_') !== 0;
    }).join('&');
    return u.protocol + '//' + u.host + path + (query ? '?' + query : '');
  }

  function articleUrl() {
    var canonical = document.querySelector('link[rel~="canonical" i][href]');
    if (canonical) return canonical.href;
    var og = document.querySelector('meta[property="og:url"][content]');
    if (og && og.content) return og.content;
    return location.href.replace(/[?#].*$/, '');
  }

  function size(value, fallback) {
    if (!value) return fallback;
    return /^\d+(\.\d+)?$/.test(value) ? value + 'px' : value;
  }

  function show(el, node) {
    while (el.firstChild) el.removeChild(el.firstChild);
    if (node) el.appendChild(node);
    el.style.display = node ? '' : 'none';
  }

  function mount(el, slug) {
    var frame = document.createElement('iframe');
    frame.src = base + 'embed/' + encodeURIComponent(slug) + '.html';
    frame.title = 'Listen to this article';
    frame.loading = 'lazy';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.setAttribute('scrolling', 'no');
    frame.style.cssText = 'display:block;border:0;width:' + size(el.getAttribute('data-width'), '100%')
      + ';height:' + size(el.getAttribute('data-height'), '90px');
    show(el, frame);
  }

  function preparing(el) {
    var note = document.createElement('p');
    note.textContent = 'Preparing audio...';
    note.setAttribute('role', 'status');
    note.style.cssText = 'margin:0;font:14px/1.4 system-ui,sans-serif;color:#555';
    show(el, note);
  }

  function request(url, options) {
    return fetch(url, Object.assign({ mode: 'cors', credentials: 'omit', cache: 'no-cache', referrerPolicy: 'no-referrer' }, options));
  }

  function onDemand(els, url, attempt) {
    request(base + 'on-demand', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ url: url })
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (answer && answer.status === 'ready' && answer.slug) {
        els.forEach(function (el) { mount(el, answer.slug); });
      } else if (answer && (answer.status === 'queued' || answer.status === 'running') && attempt < 60) {
        els.forEach(preparing);
        var wait = Math.min(30, Math.max(answer.retryAfter || 0, 2 * Math.pow(1.5, attempt)));
        setTimeout(function () { onDemand(els, url, attempt + 1); }, wait * 1000);
      } else {
        els.forEach(function (el) { show(el, null); });
      }
    }).catch(function () {
      els.forEach(function (el) { show(el, null); });
    });
  }

  function start() {
    var els = Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
    if (!els.length) return;
    els.forEach(function (el) { el.style.display = 'none'; });
    var url = normalize(articleUrl());
    if (!url) return;
    request(base + 'embed/index.json').then(function (response) {
      if (!response.ok) return null;
      var live = response.headers.get('X-Voxpress-On-Demand') === '1';
      return response.json().then(function (index) { return { index: index, live: live }; });
    }).then(function (found) {
      var entry = found && found.index && found.index.episodes && found.index.episodes[url];
      if (entry && entry.slug) els.forEach(function (el) { mount(el, entry.slug); });
      else if (found && found.live) onDemand(els, url, 0);
    }).catch(function () { });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
