// Progressive enhancement for the respondent's form: autosave radio answers, announce the result, focus the error summary.
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();

  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch) return;
  var status = document.getElementById('save-status');
  var version = form.querySelector('input[name="version"]');
  var csrf = form.querySelector('input[name="__RequestVerificationToken"]');
  var pending = {};
  var timer = null;
  var inFlight = false;

  function say(text) { status.textContent = text; }
  say(status.dataset.ready);

  // The progress sidebar follows the answers on this page: its own count, and the overall count by the difference.
  var moduleCount = document.getElementById('pc-' + form.dataset.module);
  var overall = document.getElementById('progress-overall');
  var overallLabel = document.getElementById('progress-overall-label');
  function answeredHere() {
    var names = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[type="radio"]:checked'), function (r) { names[r.name] = true; });
    return Object.keys(names).length;
  }
  var savedHere = answeredHere();
  function showProgress() {
    if (!moduleCount || !overall) return;
    var here = answeredHere(), total = parseInt(moduleCount.dataset.total, 10);
    moduleCount.textContent = here + ' ' + moduleCount.dataset.of + ' ' + total + (here === total ? ' \u2713 ' + moduleCount.dataset.complete : '');
    var bar = moduleCount.nextElementSibling;
    if (bar && bar.tagName === 'PROGRESS') bar.value = here;
    var all = parseInt(overall.value, 10) + here - savedHere;
    savedHere = here;
    overall.value = all;
    overall.textContent = all + '/' + overall.max;
    overallLabel.textContent = overallLabel.dataset.prefix + ': ' + all + ' ' + overallLabel.dataset.of + ' ' + overall.max + ' ' + overallLabel.dataset.answered;
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = Math.random() * 16 | 0; return (c === 'x' ? r : (r & 3 | 8)).toString(16);
    });
  }

  function answerOf(input) {
    var id = input.name.slice('item.'.length);
    return input.value === 'dk' ? { itemId: id, value: null, dontKnow: true } : { itemId: id, value: parseInt(input.value, 10), dontKnow: false };
  }

  function flush() {
    timer = null;
    var answers = Object.keys(pending).map(function (k) { return pending[k]; });
    if (answers.length === 0 || inFlight) return;
    pending = {};
    inFlight = true;
    say(status.dataset.saving);
    fetch(form.dataset.autosave, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': csrf ? csrf.value : '' },
      body: JSON.stringify({ saveId: uuid(), expectedVersion: parseInt(version.value, 10), answers: answers })
    }).then(function (response) {
      return response.json().catch(function () { return {}; });
    }).then(function (body) {
      if (typeof body.version === 'number') {
        version.value = String(body.version);
        say(status.dataset.saved);
        showProgress();
      } else {
        say((body.errors || []).map(function (e) { return e.message; }).join(' ') || status.dataset.failed);
      }
    }).catch(function () {
      answers.forEach(function (a) { if (!pending[a.itemId]) pending[a.itemId] = a; });
      say(status.dataset.failed);
    }).then(function () {
      inFlight = false;
      if (Object.keys(pending).length > 0) schedule();
    });
  }

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, 400);
  }

  form.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type !== 'radio' || input.name.indexOf('item.') !== 0) return;
    var answer = answerOf(input);
    pending[answer.itemId] = answer;
    schedule();
  });
})();

// Following an error-summary link moves focus to the field itself, not just the scroll position.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('.error-summary a[href^="#"]');
  if (!link) return;
  var target = document.getElementById(link.getAttribute('href').slice(1));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus();
});
