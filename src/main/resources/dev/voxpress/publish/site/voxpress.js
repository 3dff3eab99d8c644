/* voxpress.js: drop-in replacement for the ElevenLabs AudioNative helper. <script src="BASE/voxpress.js" async>,
   BASE being where the feed folder is served, fills each #elevenlabs-audionative-widget and [data-voxpress] element
   with the article's player (BASE/embed/<slug>.html, sized by data-height and data-width) when BASE/embed/index.json
   lists the article, and hides it when not. No dependencies, cookies or storage; one global, window.voxpress;
   nothing it does throws into the host page. See docs/player.md. */
(function () {
  'use strict';

  /* The characters java.net.URI refuses anywhere: ASCII and C1 controls, space, "<>\^`{|}, Unicode spaces, and a %
     that does not start an escape. */
  var REFUSED = /[\x00-\x20"<>\\^`{|}\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|%(?![0-9a-fA-F]{2})/;
  /* What Java's String.strip() removes: Character.isWhitespace at either end. */
  var SPACE = '[\\t-\\r\\x1c-\\x20\\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]+';
  var EDGES = new RegExp('^' + SPACE + '|' + SPACE + '$', 'g');
  var PARTS = /^([a-z][a-z0-9+.-]*):\/\/([^\/?#]*)([^?#]*)(?:\?([^#]*))?(?:#([\s\S]*))?$/i;
  var HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.?$/;

  /* A server-based host as java.net.URI accepts one: an IPv4 address, a bracketed IPv6 address, or a host name
     whose last label starts with a letter when it has more than one. */
  function validHost(host) {
    if (/^\[[0-9a-f:.]+\]$/.test(host)) return true;
    var bytes = host.split('.');
    if (bytes.length === 4 && bytes.every(function (b) { return /^\d+$/.test(b) && +b <= 255; })) return true;
    if (!HOST.test(host)) return false;
    var labels = host.replace(/\.$/, '').split('.');
    return labels.length === 1 || /^[a-z]/.test(labels[labels.length - 1]);
  }

  /* The lookup key of an absolute article URL, exactly as dev.voxpress.publish.site.ArticleUrl.normalize spells it:
     scheme and host lower-cased, default port, trailing slashes, fragment and utm_* parameters dropped, non-ASCII
     characters percent-encoded as UTF-8; null where ArticleUrl gives none. */
  function normalize(href) {
    if (typeof href !== 'string' || href.length > 2048) return null;
    var m = PARTS.exec(href.replace(EDGES, ''));
    if (!m || REFUSED.test(m[0]) || /[\[\]]/.test(m[3]) || /#/.test(m[5] || '')) return null;
    var scheme = m[1].toLowerCase();
    var authority = /^(\[[^\]]*\]|[^:@\[\]]*)(?::(\d*))?$/.exec(m[2].toLowerCase());
    if (scheme !== 'http' && scheme !== 'https' || !authority || !validHost(authority[1])) return null;
    var port = authority[2] ? +authority[2] : -1;
    if (port > 2147483647) return null;
    var fallback = scheme === 'http' ? 80 : 443;
    var path = m[3] || '/';
    while (path.length > 1 && path.charAt(path.length - 1) === '/') path = path.slice(0, -1);
    var query = (m[4] || '').split('&').filter(function (p) {
      return p && p.toLowerCase().indexOf('utm_') !== 0;
    }).join('&');
    var url = scheme + '://' + authority[1] + (port === -1 || port === fallback ? '' : ':' + port) + path
      + (query ? '?' + query : '');
    try {
      return url.replace(/[^\x00-\x7f]+/g, encodeURIComponent);
    } catch (e) {
      return null; // a lone surrogate
    }
  }

  /* The page's article: <link rel=canonical>, else og:url (either resolved against the page when relative), else the
     page's own address without query and fragment. */
  function articleUrl() {
    var link = document.querySelector('link[rel~="canonical" i][href]');
    var og = document.querySelector('meta[property="og:url"][content]');
    var raw = link ? link.getAttribute('href') : og ? og.getAttribute('content') : '';
    if (raw && !/^\s*[a-z][a-z0-9+.-]*:/i.test(raw)) {
      try { raw = new URL(raw, document.baseURI).href; } catch (e) { raw = ''; }
    }
    return raw || location.href.replace(/[?#][\s\S]*$/, '');
  }

  /* A CSS length from data-height or data-width: a bare number means pixels; anything unusable gives the fallback. */
  function size(value, fallback) {
    value = (value || '').trim();
    if (/^\d+(\.\d+)?$/.test(value)) return value + 'px';
    return /^\d+(\.\d+)?(px|%|em|rem|vw|vh)$/.test(value) ? value : fallback;
  }

  function run() {
    var script = document.currentScript || document.querySelector('script[src*="voxpress.js"]');
    if (window.voxpress || !script || !script.src || !window.fetch || !window.Promise) return;
    var base = script.src.replace(/[?#][\s\S]*$/, '').replace(/[^\/]*$/, '');
    window.voxpress = Object.freeze({ version: 2, base: base, normalize: normalize });

    /* Never throws: for event and timer callbacks, outside any promise chain. */
    function safe(fn) {
      return function () {
        try { fn(); } catch (e) { /* the host page goes on */ }
      };
    }

    /* fetch without cookies; a fetch that throws (a host page may replace it) gives a rejected promise. */
    function request(url, options) {
      return new Promise(function (resolve) {
        resolve(fetch(url, Object.assign({ mode: 'cors', credentials: 'omit', cache: 'no-cache', referrerPolicy: 'no-referrer' }, options)));
      });
    }

    /* Replaces a slot's content with node, or hides the element (no gap) when there is none. The state, one of
       "ready", "preparing" or "none", is left in data-voxpress-state for the host's styles. */
    function show(slot, node, state) {
      var el = slot.el;
      while (el.firstChild) el.removeChild(el.firstChild);
      if (node) {
        el.appendChild(node);
        el.style.setProperty('display', slot.display, slot.priority);
      } else {
        el.style.setProperty('display', 'none', 'important');
      }
      el.setAttribute('data-voxpress-state', state);
    }

    function mount(slots, slug, title) {
      slots.forEach(function (slot) {
        var frame = document.createElement('iframe');
        frame.src = base + 'embed/' + encodeURIComponent(slug) + '.html';
        frame.title = title ? 'Listen: ' + title : 'Listen to this article';
        frame.loading = 'lazy';
        frame.referrerPolicy = 'strict-origin-when-cross-origin';
        frame.setAttribute('scrolling', 'no');
        frame.style.cssText = 'display:block;border:0;max-width:100%;width:' + size(slot.el.getAttribute('data-width'), '100%')
          + ';height:' + size(slot.el.getAttribute('data-height'), '90px');
        show(slot, frame, 'ready');
      });
    }

    function hide(slots) {
      slots.forEach(function (slot) { show(slot, null, 'none'); });
    }

    function preparing(slots) {
      slots.forEach(function (slot) {
        var note = document.createElement('p');
        note.textContent = 'Preparing audio...';
        note.setAttribute('role', 'status');
        note.style.cssText = 'margin:0;font:14px/1.4 system-ui,sans-serif;color:#555';
        show(slot, note, 'preparing');
      });
    }

    /* The on-demand protocol: POST {"url"} as text/plain (no preflight); 200 ready mounts, 202 queued or running
       polls again with backoff, anything else shows nothing. */
    function onDemand(slots, url, attempt) {
      request(base + 'on-demand', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify({ url: url })
      }).then(function (response) {
        return response.status === 200 || response.status === 202 ? response.json() : null;
      }).then(function (answer) {
        if (answer && answer.status === 'ready' && answer.slug) {
          mount(slots, answer.slug, answer.title);
        } else if (answer && (answer.status === 'queued' || answer.status === 'running') && attempt < 90) {
          preparing(slots);
          var wait = Math.min(10, Math.max(+answer.retryAfter || 0, 2 * Math.pow(1.2, attempt)));
          setTimeout(safe(function () { onDemand(slots, url, attempt + 1); }), wait * 1000);
        } else {
          hide(slots);
        }
      }).catch(function () { hide(slots); });
    }

    function start() {
      var slots = Array.prototype.map.call(document.querySelectorAll('#elevenlabs-audionative-widget, [data-voxpress]'),
        function (el) {
          return { el: el, display: el.style.getPropertyValue('display'), priority: el.style.getPropertyPriority('display') };
        });
      if (!slots.length) return;
      slots.forEach(function (slot) { slot.el.style.setProperty('display', 'none', 'important'); });
      var url = normalize(articleUrl());
      if (!url) return hide(slots);
      request(base + 'embed/index.json').then(function (response) {
        if (!response.ok) return null;
        var live = response.headers.get('X-Voxpress-On-Demand') === '1';
        return response.json().then(function (index) { return { index: index, live: live }; });
      }).then(function (found) {
        var episodes = found && found.index && found.index.episodes;
        var entry = episodes && Object.prototype.hasOwnProperty.call(episodes, url) ? episodes[url] : null;
        if (entry && entry.slug) mount(slots, entry.slug, entry.title);
        else if (found && found.live) onDemand(slots, url, 0);
        else hide(slots);
      }).catch(function () { hide(slots); });
    }

    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', safe(start));
    else start();
  }

  try {
    run();
  } catch (e) {
    /* A browser without what the script needs keeps the page as it was. */
  }
})();
