/* voxpress player: skip and speed controls, transcript highlight and click-to-seek, copy the feed address.
   No dependencies, no tracking, nothing loaded from elsewhere. */
(function () {
  "use strict";

  function clamp(value, min, max) { return Math.min(Math.max(value, min), max); }

  function store(key, value) {
    try { if (value === undefined) return window.localStorage.getItem(key); window.localStorage.setItem(key, value); }
    catch (e) { /* storage may be blocked in an iframe; the default is fine */ }
    return null;
  }

  function play(audio) {
    var promise = audio.play();
    if (promise && promise.catch) promise.catch(function () { /* the user can press play */ });
  }

  function setUp(root) {
    var audio = root.querySelector("audio");
    if (!audio) return;
    var duration = function () { return isFinite(audio.duration) ? audio.duration : parseFloat(audio.dataset.duration) || 0; };

    root.querySelectorAll("[data-skip]").forEach(function (button) {
      button.addEventListener("click", function () {
        audio.currentTime = clamp(audio.currentTime + parseFloat(button.dataset.skip), 0, duration());
      });
    });

    var speed = root.querySelector("[data-speed]");
    if (speed) {
      var saved = store("voxpress.speed");
      if (saved && speed.querySelector('option[value="' + saved + '"]')) speed.value = saved;
      var apply = function () { audio.playbackRate = parseFloat(speed.value) || 1; audio.defaultPlaybackRate = audio.playbackRate; };
      speed.addEventListener("change", function () { apply(); store("voxpress.speed", speed.value); });
      apply();
    }

    var cues = Array.prototype.slice.call(root.querySelectorAll(".cue"));
    var starts = cues.map(function (cue) { return parseFloat(cue.dataset.start); });
    var current = -1;

    function indexAt(time) {
      var lo = 0, hi = starts.length - 1, found = -1;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (starts[mid] <= time + 0.001) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
      }
      return found;
    }

    function highlight() {
      var index = indexAt(audio.currentTime);
      if (index === current) return;
      if (current >= 0) { cues[current].classList.remove("current"); cues[current].removeAttribute("aria-current"); }
      current = index;
      if (current >= 0) { cues[current].classList.add("current"); cues[current].setAttribute("aria-current", "true"); }
    }

    function seek(time) {
      audio.currentTime = clamp(time, 0, duration() || time);
      highlight();
    }

    if (cues.length) {
      audio.addEventListener("timeupdate", highlight);
      audio.addEventListener("seeked", highlight);
      cues.forEach(function (cue, i) {
        cue.addEventListener("click", function (event) {
          event.preventDefault();
          seek(starts[i]);
          if (audio.paused) play(audio);
          if (window.history && history.replaceState) history.replaceState(null, "", "#t=" + cue.dataset.start);
        });
      });
    }

    // A link to a moment, such as episodes/x.html#t=12.5, starts there.
    function fromHash() {
      var match = /^#t=(\d+(?:\.\d+)?)$/.exec(window.location.hash);
      if (!match) return;
      var start = parseFloat(match[1]);
      if (audio.readyState >= 1) seek(start);
      else audio.addEventListener("loadedmetadata", function () { seek(start); }, { once: true });
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  function copy(button) {
    var input = document.getElementById(button.dataset.copy);
    var status = button.parentNode.querySelector(".status");
    var done = function (ok) { if (status) status.textContent = ok ? "Copied." : "Select the address and copy it."; };
    if (!input) return;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(function () { done(true); }, function () { fallback(); });
    } else {
      fallback();
    }
    function fallback() {
      input.focus();
      input.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      done(ok);
    }
  }

  function start() {
    document.querySelectorAll("[data-player]").forEach(setUp);
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () { copy(button); });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
