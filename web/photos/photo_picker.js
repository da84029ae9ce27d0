// Photo picking for web/photos/browser_photo_picker.cpp (an Emscripten --js-library): the page's
// <input type=file accept="image/*" multiple> (phones offer the camera in it), and a first downscale
// of each photo by the browser itself, asynchronously, so WebAssembly never decodes 12 MP on the main
// thread (~0.6 s per photo): createImageBitmap decodes (turned upright by its EXIF orientation), a
// canvas resizes, convertToBlob/toBlob encodes a JPEG. The original's EXIF segment is put back with
// its orientation set to upright, so the core still reads the capture time and the location, and still
// does the inspection, limits, final encoding, SHA-256 and thumbnail.
mergeInto(LibraryManager.library, {
  $hotlinePhotos: {
    input: null,

    // The APP1 "Exif" segment of a JPEG (marker included), or null.
    exifSegment: function (bytes) {
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
    },
    // Sets the Orientation tag (0x0112) of IFD0 in an Exif segment to 1: the pixels are upright now.
    markUpright: function (segment) {
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
    },
    encode: function (canvas) {
      // JPEG at high quality: the core encodes once more at its own quality.
      if (canvas.convertToBlob) return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
      return new Promise(function (resolve) { canvas.toBlob(resolve, 'image/jpeg', 0.92); });
    },
    // The file's bytes as the core should see them: downscaled when bigger than `maxEdge`, else as is
    // (and as is when the browser cannot decode it: the core then says why it is refused).
    prepare: async function (file, maxEdge) {
      var original = new Uint8Array(await file.arrayBuffer());
      var bitmap;
      try {
        bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      } catch (e) {
        return original;
      }
      try {
        var scale = maxEdge / Math.max(bitmap.width, bitmap.height);
        if (scale >= 1) return original;
        var width = Math.max(1, Math.round(bitmap.width * scale));
        var height = Math.max(1, Math.round(bitmap.height * scale));
        var canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(width, height)
                                                            : Object.assign(document.createElement('canvas'), { width: width, height: height });
        var ctx = canvas.getContext('2d');
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(bitmap, 0, 0, width, height);
        var blob = await hotlinePhotos.encode(canvas);
        if (!blob) return original;
        var resized = new Uint8Array(await blob.arrayBuffer());
        var exif = hotlinePhotos.exifSegment(original);
        if (!exif) return resized;
        hotlinePhotos.markUpright(exif);
        var out = new Uint8Array(resized.length + exif.length);
        out.set(resized.subarray(0, 2), 0);  // SOI
        out.set(exif, 2);
        out.set(resized.subarray(2), 2 + exif.length);
        return out;
      } finally {
        bitmap.close();
      }
    },
  },

  // Opens the chooser; for each chosen file (at most `maxCount`) calls file(user, name, bytes, size)
  // with malloc'ed buffers the C++ side takes over, then finished(user, outcome): 0 picked,
  // 1 cancelled, 2 unavailable.
  hotline_photos_pick__deps: ['$hotlinePhotos', 'malloc', '$getWasmTableEntry'],
  hotline_photos_pick: function (maxCount, maxEdge, fileCallback, finishedCallback, user) {
    var self = hotlinePhotos;
    var finished = function (outcome) { {{{ makeDynCall('vii', 'finishedCallback') }}}(user, outcome); };
    var give = function (name, bytes) {
      var size = lengthBytesUTF8(name) + 1;
      var namePtr = _malloc(size);
      stringToUTF8(name, namePtr, size);
      var data = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, data);
      {{{ makeDynCall('viiii', 'fileCallback') }}}(user, namePtr, data, bytes.length);
    };
    if (typeof createImageBitmap === 'undefined' && typeof FileReader === 'undefined') {
      finished(2);
      return;
    }
    // A fresh element per pick: its change event then fires even for the same file twice.
    if (self.input) self.input.remove();
    var input = self.input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = true;
    input.id = 'hotline-photo-input';
    input.style.display = 'none';
    document.body.appendChild(input);
    input.addEventListener('cancel', function () { finished(1); });
    input.addEventListener('change', async function () {
      var files = Array.prototype.slice.call(input.files, 0, maxCount);
      if (files.length === 0) {
        finished(1);
        return;
      }
      for (var i = 0; i < files.length; i++) {
        var bytes;
        try {
          bytes = await self.prepare(files[i], maxEdge);
        } catch (e) {
          bytes = new Uint8Array(0);  // unreadable: the core refuses it with the file's name
        }
        give(files[i].name, bytes);
      }
      finished(0);
    });
    input.click();
  },
});
