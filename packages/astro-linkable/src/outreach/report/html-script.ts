// The script inlined into outreach.html: copy buttons, and filtering and sorting each table of sites to pitch.
// Plain DOM code with no dependencies; it reads text the page already shows and never builds HTML from strings.

export const REPORT_SCRIPT = `
(function () {
  'use strict';

  function copyWithSelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (error) { copied = false; }
    document.body.removeChild(area);
    return copied;
  }

  function copyText(text) {
    // The clipboard API needs a secure context; a file opened from an email may not be one.
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return copyWithSelection(text); });
    }
    return Promise.resolve(copyWithSelection(text));
  }

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var label = button.textContent;
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source) return;
      copyText(source.textContent).then(function (copied) {
        button.textContent = copied ? 'Copied' : 'Select and copy by hand';
        button.classList.toggle('copied', copied);
        setTimeout(function () { button.textContent = label; button.classList.remove('copied'); }, 2000);
      });
    });
  });

  document.querySelectorAll('[data-targets]').forEach(function (section) {
    var table = section.querySelector('table');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.querySelectorAll('tr[data-domain]'));
    var search = section.querySelector('input[type=search]');
    var reason = section.querySelector('select');
    var count = section.querySelector('.count');
    var empty = section.querySelector('.empty-row');

    function filter() {
      var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
      var wanted = reason.value;
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var matches = words.every(function (word) { return text.indexOf(word) !== -1; }) &&
          (!wanted || (' ' + row.getAttribute('data-reasons') + ' ').indexOf(' ' + wanted + ' ') !== -1);
        row.classList.toggle('hidden', !matches);
        if (matches) shown++;
      });
      count.textContent = shown + ' of ' + rows.length + ' sites shown';
      if (empty) empty.classList.toggle('hidden', shown !== 0);
    }
    search.addEventListener('input', filter);
    reason.addEventListener('change', filter);

    section.querySelectorAll('th button[data-sort]').forEach(function (button) {
      button.addEventListener('click', function () {
        var header = button.parentElement;
        var key = button.getAttribute('data-sort');
        var numeric = button.getAttribute('data-type') === 'number';
        var ascending = header.getAttribute('aria-sort') === 'descending' || (header.getAttribute('aria-sort') !== 'ascending' && !numeric);
        section.querySelectorAll('th[aria-sort]').forEach(function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var sorted = rows.slice().sort(function (a, b) {
          var x = a.getAttribute('data-' + key) || '';
          var y = b.getAttribute('data-' + key) || '';
          var order = numeric ? (parseFloat(x || '-1') - parseFloat(y || '-1')) : x.localeCompare(y);
          if (!ascending) order = -order;
          return order || a.getAttribute('data-domain').localeCompare(b.getAttribute('data-domain'));
        });
        sorted.forEach(function (row) { body.insertBefore(row, empty); });
      });
    });
  });
})();
`;
