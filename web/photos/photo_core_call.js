// Appended to the photo pipeline's module (photo_worker_core.js, --post-js): one call that copies the
// photo's bytes in, prepares them and copies the prepared_wire result out, for both of its users (the
// Web Worker, and the page itself where no worker runs).
Module['prepareBytes'] = function (bytes, use) {
  var input = _malloc(Math.max(1, bytes.length));
  HEAPU8.set(bytes, input);
  var at = _hotline_worker_prepare(input, bytes.length, use);
  _free(input);
  var wire = HEAPU8.slice(at, at + _hotline_worker_result_size());
  _hotline_worker_release();
  return wire;
};
