// The Web Worker that turns a picked photo into an upload, off the page's main thread (started by
// photo_picker.js): the browser decodes it (turned upright by its EXIF orientation) and downscales it
// on an OffscreenCanvas, the original's EXIF segment is put back with its orientation set to upright,
// and the core's own pipeline (photo_worker_core.cpp in photo_worker_core.wasm) does the inspection,
// limits, capture time, re-encoding, thumbnail and SHA-256. Where the browser cannot decode or has no
// OffscreenCanvas here, the core gets the original bytes and decodes them itself (slower, still here).
//
// Message in: {token, file (a File or Blob), maxEdge, use (a photo::PhotoUse)}; message out:
// {token, wire (ArrayBuffer, transferred)} or {token, error} when even the core could not be reached.
importScripts('photo_worker_core.js');

var core = HotlinePhotoCore();

// The APP1 "Exif" segment of a JPEG (marker included), or null.
function exifSegment(bytes) {
  if (bytes.length < 4 || bytes[0] !== 0xFF || bytes[1] !== 0xD8) return null;
  var at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xFF) {
    var marker = bytes[at + 1];
    if (marker === 0xDA || marker === 0xD9) break;  // image data: no metadata after it
    var length = (bytes[at + 2] << 8) | bytes[at + 3];
    var isExif = marker === 0xE1 && length >= 8 && bytes[at + 4] === 0x45 && bytes[at + 5] === 0x78 &&
                 bytes[at + 6] === 0x69 && bytes[at + 7] === 0x66 && bytes[at + 8] === 0 && bytes[at + 9] === 0;
    if (isExif) return bytes.slice(at, at + 2 + length);
    at += 2 + length;
  }
  return null;
}

// Sets the Orientation tag (0x0112) of IFD0 in an Exif segment to 1: the pixels are upright now.
function markUpright(segment) {
  var tiff = 10;
  var view = new DataView(segment.buffer, segment.byteOffset, segment.byteLength);
  if (segment.length < tiff + 8) return;
  var little = segment[tiff] === 0x49;
  var ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > segment.length) return;
  var count = view.getUint16(ifd, little);
  for (var i = 0; i < count; i++) {
    var entry = ifd + 2 + i * 12;
    if (entry + 12 > segment.length) return;
    if (view.getUint16(entry, little) === 0x0112) view.setUint16(entry + 8, 1, little);
  }
}

// The bytes the core should see: downscaled to `maxEdge` when bigger, else the original.
async function downscale(file, original, maxEdge) {
  if (typeof createImageBitmap === 'undefined' || typeof OffscreenCanvas === 'undefined') return original;
  var bitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (e) {
    return original;  // a format the browser cannot decode: the core says why it is refused
  }
  try {
    var scale = maxEdge / Math.max(bitmap.width, bitmap.height);
    if (scale >= 1) return original;
    var width = Math.max(1, Math.round(bitmap.width * scale));
    var height = Math.max(1, Math.round(bitmap.height * scale));
    var canvas = new OffscreenCanvas(width, height);
    var ctx = canvas.getContext('2d');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    // High quality: the core encodes once more at its own.
    var resized = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
    var exif = exifSegment(original);
    if (!exif) return resized;
    markUpright(exif);
    var out = new Uint8Array(resized.length + exif.length);
    out.set(resized.subarray(0, 2), 0);  // SOI
    out.set(exif, 2);
    out.set(resized.subarray(2), 2 + exif.length);
    return out;
  } finally {
    bitmap.close();
  }
}

onmessage = async function (event) {
  var token = event.data.token;
  try {
    var original = new Uint8Array(await event.data.file.arrayBuffer());
    var bytes = await downscale(event.data.file, original, event.data.maxEdge);
    var wire = (await core).prepareBytes(bytes, event.data.use);
    postMessage({ token: token, wire: wire.buffer }, [wire.buffer]);
  } catch (e) {
    postMessage({ token: token, error: String(e) });
  }
};
