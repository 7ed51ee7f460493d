#!/usr/bin/env node
// Runs Microsoft Recognizers-Text (npm @microsoft/recognizers-text-number and
// -number-with-unit) over text files and prints its money/percent/number results as
// JSON Lines in the shape of `figdiff extract --format jsonl`: doc, lang, kind, value,
// currency, text, start, end (UTF-8 byte offsets, end exclusive).
//
//   NODE_PATH=DIR/node_modules node bench/peer/rt_extract.js CULTURE FILE [CULTURE FILE ...]
//
// CULTURE is a Recognizers-Text culture (en-us, es-es, fr-fr; the package has no Arabic
// and silently falls back to English for unknown cultures, so those are refused here).
// bench/peer_compare.sh installs the packages and calls this script.
//
// Mapping: currency -> money (isoCurrency; when missing, unit Dollar/Dólar -> USD,
// Euro -> EUR, else null), percentage -> percent, number -> count. A number inside a
// currency or percentage span is the same figure and is dropped. Values are turned into
// plain decimals (culture decimal comma, exponent and % removed). Each line of a file is
// recognized separately: the recognizers are far slower on a whole article
// (tens of seconds each).
"use strict";
const fs = require("fs");
const Num = require("@microsoft/recognizers-text-number");
const Unit = require("@microsoft/recognizers-text-number-with-unit");

const SUPPORTED = Unit.Culture.supportedCultures.map((c) => c.cultureCode);
const ISO_BY_UNIT = { Dollar: "USD", "Dólar": "USD", Euro: "EUR" };

// "1,232E+15" (es/fr) or "1.5" (en) or "70%" -> exact plain decimal string
function plainDecimal(value, culture) {
  let s = String(value).replace(/%/g, "").trim();
  if (!/^en/.test(culture)) s = s.replace(",", ".");
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:E([+-]?\d+))?$/i.exec(s);
  if (!m) return s;
  let [, sign, int, frac = "", exp = "0"] = m;
  let digits = int + frac;
  let point = int.length + parseInt(exp, 10);
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  if (point < 0) { digits = "0".repeat(-point) + digits; point = 0; }
  let out = (digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0");
  const rest = digits.slice(point).replace(/0+$/, "");
  if (rest) out += "." + rest;
  return sign + out;
}

const models = {}; // culture -> its three models, built once
function modelsFor(culture) {
  if (!models[culture]) {
    const num = new Num.NumberRecognizer(culture);
    models[culture] = {
      currency: new Unit.NumberWithUnitRecognizer(culture).getCurrencyModel(),
      percent: num.getPercentageModel(),
      number: num.getNumberModel(),
    };
  }
  return models[culture];
}

function recognizeLine(line, culture) {
  const m = modelsFor(culture);
  const money = m.currency.parse(line).map((r) => ({
    kind: "money", r,
    currency: r.resolution.isoCurrency || ISO_BY_UNIT[r.resolution.unit] || null,
  }));
  const percent = m.percent.parse(line).map((r) => ({ kind: "percent", r, currency: null }));
  const taken = money.concat(percent);
  const overlaps = (r) => taken.some((t) => r.start <= t.r.end && t.r.start <= r.end);
  const count = m.number.parse(line)
    .filter((r) => !overlaps(r))
    .map((r) => ({ kind: "count", r, currency: null }));
  return taken.concat(count)
    .filter((f) => f.r.resolution && f.r.resolution.value != null)
    .sort((a, b) => a.r.start - b.r.start);
}

function main(args) {
  if (args.length === 0 || args.length % 2) {
    console.error("usage: rt_extract.js CULTURE FILE [CULTURE FILE ...]");
    process.exit(2);
  }
  const out = [];
  for (let i = 0; i < args.length; i += 2) {
    const [culture, file] = [args[i].toLowerCase(), args[i + 1]];
    if (!SUPPORTED.includes(culture)) {
      console.error(`rt_extract.js: culture ${culture} not supported (${SUPPORTED.join(", ")})`);
      process.exit(2);
    }
    let byteBase = 0;
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
      for (const { kind, r, currency } of recognizeLine(line, culture)) {
        // r.start / r.end: UTF-16 indices into line, end inclusive
        const start = byteBase + Buffer.byteLength(line.slice(0, r.start));
        const text = line.slice(r.start, r.end + 1);
        out.push(JSON.stringify({
          doc: file, lang: culture.slice(0, 2), kind,
          value: plainDecimal(r.resolution.value, culture), currency,
          text, start, end: start + Buffer.byteLength(text),
        }));
      }
      byteBase += Buffer.byteLength(line) + 1;
    }
  }
  if (out.length) process.stdout.write(out.join("\n") + "\n");
}

main(process.argv.slice(2));
