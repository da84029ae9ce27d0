// Glyph rasteriser for web/glyphs/canvas_glyph_source.cpp (an Emscripten --js-library): draws one
// character with the browser's own fonts into a 2D canvas and hands back its alpha mask and metrics.
// The CSS font stack finds the CJK font every phone has; Chromium falls back per character to any
// installed font, so rare characters (Ext A/B) are drawn whenever some system font has them.
mergeInto(LibraryManager.library, {
  $hotlineGlyphs: {
    fontStack: '"PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif',
    ctx: null,
    missingByPx: null,  // Map px -> the browser's "no font has this" box, to recognise it (made in init:
                        // Emscripten copies this object into the output as source text)
    last: null,
    // Dear ImGui's font size is the line height (ascent + descent), as its stb_truetype loader scales
    // fonts; CSS sizes the em. For Noto Sans CJK the line is ~1.45 em.
    emPerLine: 1,
    ascentPerLine: 0.8,
    fontPx: 0,
    // Setting ctx.font parses the CSS font string, so it is set only when the size changes (the
    // getter returns a normalised string, useless for comparing).
    setFont: function (px) {
      if (hotlineGlyphs.fontPx === px) return;
      hotlineGlyphs.fontPx = px;
      hotlineGlyphs.ctx.font = (px * hotlineGlyphs.emPerLine).toFixed(3) + 'px ' + hotlineGlyphs.fontStack;
    },
    // Draws `text` and returns {advance, left, top, width, height, alpha}; left/top place the mask's
    // top-left corner relative to the pen position on the baseline.
    draw: function (text, px) {
      var ctx = hotlineGlyphs.ctx;
      hotlineGlyphs.setFont(px);
      var m = ctx.measureText(text);
      // One pixel of padding: actualBoundingBox* are rounded by the browser and anti-aliasing spills.
      var left = Math.ceil(m.actualBoundingBoxLeft) + 1;
      var right = Math.ceil(m.actualBoundingBoxRight) + 1;
      var ascent = Math.ceil(m.actualBoundingBoxAscent) + 1;
      var descent = Math.ceil(m.actualBoundingBoxDescent) + 1;
      var width = Math.max(0, left + right);
      var height = Math.max(0, ascent + descent);
      var glyph = { advance: m.width, left: -left, top: -ascent, width: width, height: height, alpha: null };
      if (width <= 2 || height <= 2) {  // blank (a space): padding only
        glyph.width = glyph.height = 0;
        return glyph;
      }
      var canvas = ctx.canvas;
      if (canvas.width < width || canvas.height < height) {
        canvas.width = Math.max(canvas.width, width);
        canvas.height = Math.max(canvas.height, height);
        ctx.textBaseline = 'alphabetic';
        ctx.fillStyle = '#fff';
        hotlineGlyphs.fontPx = 0;
        hotlineGlyphs.setFont(px);
      }
      ctx.clearRect(0, 0, width, height);
      ctx.fillText(text, left, ascent);
      var rgba = ctx.getImageData(0, 0, width, height).data;
      var alpha = new Uint8Array(width * height);
      for (var i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3];
      glyph.alpha = alpha;
      return glyph;
    },
    sameGlyph: function (a, b) {
      if (a.advance !== b.advance || a.width !== b.width || a.height !== b.height) return false;
      if (!a.alpha || !b.alpha) return a.alpha === b.alpha;
      for (var i = 0; i < a.alpha.length; i++) if (a.alpha[i] !== b.alpha[i]) return false;
      return true;
    },
    // U+0378 is unassigned: no font has it, so the browser draws exactly what it draws for any
    // character it has no font for.
    missingBox: function (px) {
      var box = hotlineGlyphs.missingByPx.get(px);
      if (!box) {
        box = hotlineGlyphs.draw('\u0378', px);
        hotlineGlyphs.missingByPx.set(px, box);
      }
      return box;
    },
  },

  hotline_glyphs_init__deps: ['$hotlineGlyphs'],
  hotline_glyphs_init: function () {
    var canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(64, 64) : document.createElement('canvas');
    // willReadFrequently keeps the canvas on the CPU: every glyph is read back with getImageData.
    var ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return 0;
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = '#fff';
    hotlineGlyphs.ctx = ctx;
    hotlineGlyphs.missingByPx = new Map();
    hotlineGlyphs.emPerLine = 1;
    hotlineGlyphs.fontPx = 0;
    hotlineGlyphs.setFont(100);
    var m = ctx.measureText('\u56fdHg');
    var line = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent;
    if (!(line > 0)) return 0;  // no font metrics: a browser older than the app supports
    hotlineGlyphs.emPerLine = 100 / line;
    hotlineGlyphs.fontPx = 0;
    hotlineGlyphs.ascentPerLine = m.fontBoundingBoxAscent / line;
    return 1;
  },

  // The primary font's own ascent/descent (measured once in init), so Latin and CJK runs share one
  // baseline whichever font the browser picks per character.
  hotline_glyphs_font_metrics__deps: ['$hotlineGlyphs'],
  hotline_glyphs_font_metrics: function (px, out) {
    HEAPF32[(out >> 2) + 0] = px * hotlineGlyphs.ascentPerLine;
    HEAPF32[(out >> 2) + 1] = px * (1 - hotlineGlyphs.ascentPerLine);
  },

  // Returns 1 and fills metrics (advance, left, top, width, height) of the glyph, whose alpha mask
  // hotline_glyphs_copy_alpha then copies; 0 when no installed font has the character.
  hotline_glyphs_rasterize__deps: ['$hotlineGlyphs'],
  hotline_glyphs_rasterize: function (codepoint, px, metrics) {
    var glyph = hotlineGlyphs.draw(String.fromCodePoint(codepoint), px);
    hotlineGlyphs.last = glyph;
    if (hotlineGlyphs.sameGlyph(glyph, hotlineGlyphs.missingBox(px))) return 0;
    var f = metrics >> 2;
    HEAPF32[f + 0] = glyph.advance;
    HEAPF32[f + 1] = glyph.left;
    HEAPF32[f + 2] = glyph.top;
    HEAPF32[f + 3] = glyph.width;
    HEAPF32[f + 4] = glyph.height;
    return 1;
  },

  // Copies the last rasterised glyph's width*height alpha bytes to `buffer`.
  hotline_glyphs_copy_alpha__deps: ['$hotlineGlyphs'],
  hotline_glyphs_copy_alpha: function (buffer) {
    var alpha = hotlineGlyphs.last && hotlineGlyphs.last.alpha;
    if (alpha) HEAPU8.set(alpha, buffer);
  },
});
