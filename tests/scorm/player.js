// The test LMS: scorm-again's API for the version in ?version=, loaded with the data the test hands
// in (window.__LMS_DATA__, flattened cmi elements), every call logged in window.__LMS_CALLS__, and the
// package's launcher in a frame under a deep path, as Moodle serves it.
(function () {
  var version = new URLSearchParams(location.search).get('version');
  var api = version === '1.2' ? new window.Scorm12API({ logLevel: 5 }) : new window.Scorm2004API({ logLevel: 5 });
  api.loadFromFlattenedJSON(window.__LMS_DATA__ || {});
  var calls = (window.__LMS_CALLS__ = []);
  var methods =
    version === '1.2'
      ? [
          'LMSInitialize',
          'LMSFinish',
          'LMSGetValue',
          'LMSSetValue',
          'LMSCommit',
          'LMSGetLastError',
          'LMSGetErrorString',
          'LMSGetDiagnostic',
        ]
      : [
          'Initialize',
          'Terminate',
          'GetValue',
          'SetValue',
          'Commit',
          'GetLastError',
          'GetErrorString',
          'GetDiagnostic',
        ];
  var logged = {};
  methods.forEach(function (method) {
    logged[method] = function () {
      var args = Array.prototype.slice.call(arguments).map(String);
      var result = String(api[method].apply(api, arguments));
      calls.push({ method: method, args: args, result: result });
      return result;
    };
  });
  window[version === '1.2' ? 'API' : 'API_1484_11'] = logged;
  // What goes wrong in real LMSs, on the test's call: values accepted and not kept, then the LMS gone.
  window.__forget__ = function (element) {
    var get = logged[methods[2]];
    logged[methods[2]] = function (name) {
      return name === element ? '' : get(name);
    };
  };
  window.__loseLms__ = function () {
    methods.forEach(function (method) {
      logged[method] = function () {
        throw new Error('the LMS window is gone');
      };
    });
  };
  var frame = document.createElement('iframe');
  frame.title = '课件';
  // Each version's package under its own deep path (lms-server.ts CONTENT).
  frame.src = '/pluginfile.php/' + (version === '1.2' ? 42 : 43) + '/mod_scorm/content/1/launch/index.html';
  document.body.appendChild(frame);
})();
