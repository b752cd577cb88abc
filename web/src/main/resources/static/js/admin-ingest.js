// Follows ingest runs on /admin/ingest without a manual refresh: while a run is in progress (or one
// was just started) the page fetches itself every few seconds and swaps in its Running and Recent
// runs sections. Without JavaScript the page says to refresh it, and that works just as well.
(function () {
  'use strict';
  var PERIOD_MS = 2000;
  // a run just started may not show as running at once: look a few times before giving up
  var PATIENCE = 5;

  var running = document.getElementById('running-section');
  var reports = document.getElementById('reports-section');
  var status = document.getElementById('follow-status');
  if (!running || !reports || !status) {
    return;
  }
  var started = document.getElementById('started') !== null;
  if (!started && document.getElementById('running') === null) {
    return;
  }
  var hint = document.getElementById('follow-hint');
  if (hint) {
    hint.textContent = 'This page follows it.';
  }
  var seenRunning = document.getElementById('running') !== null;
  var idlePolls = 0;

  function poll() {
    fetch(window.location.pathname, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var freshRunning = page.getElementById('running-section');
        var freshReports = page.getElementById('reports-section');
        if (!freshRunning || !freshReports) {
          status.textContent = 'Stopped following: refresh this page to see the runs.';
          return;
        }
        // asked before the swap, which moves the sections out of the fetched page
        var inProgress = freshRunning.querySelector('#running') !== null;
        running.replaceWith(freshRunning);
        reports.replaceWith(freshReports);
        running = freshRunning;
        reports = freshReports;
        if (inProgress) {
          seenRunning = true;
          setTimeout(poll, PERIOD_MS);
        } else if (started && !seenRunning && ++idlePolls < PATIENCE) {
          setTimeout(poll, PERIOD_MS);
        } else {
          status.textContent = 'The run has ended; its report is under Recent runs.';
        }
      })
      .catch(function () {
        status.textContent = 'Stopped following: refresh this page to see the runs.';
      });
  }

  setTimeout(poll, PERIOD_MS);
})();
