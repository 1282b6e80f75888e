// The first view's data, asked for as soon as the page's head is read: before the explorer's code has
// loaded and been compiled (a classic script of its own, since the page's policy allows no inline script).
// client/src/first-request.ts takes this answer when it would ask for the same address, else asks anew.
(function () {
  var page = new window.URLSearchParams(window.location.search);
  var query = new window.URLSearchParams();
  ['from', 'to'].forEach(function (key) {
    var value = page.get(key);
    if (value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) query.set(key, value);
  });
  var path = '/api/graph?' + query;
  var response = window.fetch(path);
  response.catch(function () {}); // a failure is the explorer's to report, when it takes the answer
  window.__dossierEarlyOverview = { path: path, response: response };
})();
