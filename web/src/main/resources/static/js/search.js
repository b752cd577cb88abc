// The search page works without this file; it only adds to it.
// Filters: on narrow screens the facet list is folded behind "Show filters" so results come first.
(function () {
  'use strict';
  var refine = document.querySelector('details.refine');
  if (!refine || !window.matchMedia) {
    return;
  }
  var narrow = window.matchMedia('(max-width: 48rem)');
  function fit() {
    refine.open = !narrow.matches || refine.querySelector('.selected') !== null;
  }
  fit();
  if (narrow.addEventListener) {
    narrow.addEventListener('change', fit);
  }
})();

// Autocomplete for the search box: fills the <datalist> from /api/v1/suggest as the person types.
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('suggestions');
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var latest = '';

  function show(suggestions) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    suggestions.forEach(function (text) {
      var option = document.createElement('option');
      option.value = text;
      list.appendChild(option);
    });
  }

  function fetchSuggestions(prefix) {
    latest = prefix;
    fetch('/api/v1/suggest?prefix=' + encodeURIComponent(prefix), {
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.ok ? response.json() : { prefix: prefix, suggestions: [] };
    }).then(function (answer) {
      if (answer.prefix === latest.trim()) {
        show(answer.suggestions || []);
      }
    }).catch(function () {
      show([]);
    });
  }

  input.addEventListener('input', function () {
    var prefix = input.value;
    clearTimeout(timer);
    if (prefix.trim().length < 2) {
      show([]);
      return;
    }
    timer = setTimeout(function () { fetchSuggestions(prefix); }, 150);
  });
})();
