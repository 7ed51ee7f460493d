// XLIFF 1.2 and 2.0 with pugixml: units, their source and target text, states, notes and the
// languages of the file.
//
// pugixml gives the byte offset of each text node (offset_debug) but decodes its entities and
// line ends in place, so the raw bytes of each text node are walked again here to build exact
// anchors; the decoding of that walk must equal pugixml's.
#include <fmt/core.h>

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "anchored_text.h"
#include "figdiff/input.h"
#include "figdiff/position.h"
#include "figdiff/translation_file.h"
#include "utf8.h"

namespace figdiff {
namespace {

// The element name without its namespace prefix: XLIFF files use a default namespace or a
// prefix of their choice.
std::string_view LocalName(pugi::xml_node node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Inline elements whose content is not text of the segment but a code of the document format
// (markup, a variable): 1.2 x bx ex (empty), ph bpt ept it (native code inside); 2.0 ph sc ec
// (codes), sm em (annotation boundaries), cp (a character XML cannot carry, never a figure).
// Their content is dropped; the text of paired containers (g, mrk, pc, sub...) is kept.
bool IsPlaceholder(std::string_view name) {
  for (std::string_view p :
       {"x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec", "sm", "em", "cp"}) {
    if (name == p) return true;
  }
  return false;
}

// Whether a character may be written as a character reference (XML 1.0, production Char).
bool IsXmlChar(uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

class XliffReader {
 public:
  explicit XliffReader(std::string_view xml) : xml_(xml), tracker_(xml) {}

  bool Read(const pugi::xml_document& doc, TranslationFile* out, std::string* error);

 private:
  bool ReadVersion1(pugi::xml_node root, TranslationFile* out);
  bool ReadVersion2(pugi::xml_node root, TranslationFile* out);
  bool ReadTransUnit(pugi::xml_node unit, TranslationFile* out);
  bool ReadUnit(pugi::xml_node unit, TranslationFile* out);
  // The text of `element` (a <source> or <target>) into *text and *anchors.
  bool ReadText(pugi::xml_node element, std::string* text, std::vector<TextAnchor>* anchors);
  bool AppendContent(pugi::xml_node element, AnchoredTextBuilder* builder);
  bool AppendPcdata(size_t begin, std::string_view value, AnchoredTextBuilder* builder);
  bool AppendCdata(size_t begin, std::string_view value, AnchoredTextBuilder* builder);
  // Checks a text node's decoding against pugixml's.
  bool Agrees(size_t begin, std::string_view decoded, std::string_view value);
  bool Fail(size_t offset, std::string_view what);
  bool Fail(pugi::xml_node node, std::string_view what);

  std::string_view xml_;
  PositionTracker tracker_;
  std::string error_;
};

// The byte offset of an element's '<' (pugixml points at its name).
size_t TagOffset(pugi::xml_node element) {
  ptrdiff_t name = element.offset_debug();
  return name > 0 ? static_cast<size_t>(name - 1) : 0;
}

bool XliffReader::Fail(size_t offset, std::string_view what) {
  error_ = fmt::format("{}: {}", DescribePosition(xml_, offset), what);
  return false;
}

bool XliffReader::Fail(pugi::xml_node node, std::string_view what) {
  return Fail(TagOffset(node), what);
}

// All text of an element (a <note>): pugixml's decoding, no anchors needed.
std::string PlainText(pugi::xml_node element) {
  std::string text;
  for (pugi::xml_node node : element.children()) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      text += node.value();
    } else if (node.type() == pugi::node_element) {
      text += PlainText(node);
    }
  }
  return text;
}

// The first child element of `parent` with local name `name`, or null.
pugi::xml_node Child(pugi::xml_node parent, std::string_view name) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && LocalName(child) == name) return child;
  }
  return {};
}

// Elements named `name` under `parent` in document order, not looking inside the ones found.
void CollectElements(pugi::xml_node parent, std::string_view name,
                     std::vector<pugi::xml_node>* found) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() != pugi::node_element) continue;
    if (LocalName(child) == name) {
      found->push_back(child);
    } else {
      CollectElements(child, name, found);
    }
  }
}

bool XliffReader::Read(const pugi::xml_document& doc, TranslationFile* out, std::string* error) {
  pugi::xml_node root = doc.document_element();
  bool ok;
  std::string_view version = root.attribute("version").value();
  if (LocalName(root) != "xliff") {
    ok = Fail(root, fmt::format("not an XLIFF file: the root element is <{}>", root.name()));
  } else if (version == "1.0" || version == "1.1" || version == "1.2") {
    ok = ReadVersion1(root, out);
  } else if (version == "2.0" || version == "2.1") {
    ok = ReadVersion2(root, out);
  } else {
    ok =
        Fail(root, fmt::format("XLIFF version \"{}\" is not supported (1.2 and 2.0 are)", version));
  }
  if (!ok) *error = error_;
  return ok;
}

bool XliffReader::ReadVersion1(pugi::xml_node root, TranslationFile* out) {
  bool first = true;
  for (pugi::xml_node file : root.children()) {
    if (file.type() != pugi::node_element || LocalName(file) != "file") continue;
    std::string source = file.attribute("source-language").value();
    std::string target = file.attribute("target-language").value();
    if (first) {
      out->source_lang = source;
      out->target_lang = target;
      first = false;
    } else if (source != out->source_lang || target != out->target_lang) {
      // One TranslationFile has one pair of languages: check compares by them.
      return Fail(file, fmt::format("this <file> is {} -> {}, an earlier one {} -> {}", source,
                                    target, out->source_lang, out->target_lang));
    }
    // Groups nest trans-units at any depth; alt-trans (inside a trans-unit) is not read.
    std::vector<pugi::xml_node> units;
    CollectElements(file, "trans-unit", &units);
    for (pugi::xml_node unit : units) {
      if (!ReadTransUnit(unit, out)) return false;
    }
  }
  return true;
}

bool XliffReader::ReadTransUnit(pugi::xml_node unit, TranslationFile* out) {
  TranslationUnit result;
  pugi::xml_attribute id = unit.attribute("id");
  if (!id) return Fail(unit, "<trans-unit> without an id");
  result.id = id.value();
  pugi::xml_node source = Child(unit, "source");
  if (!source) return Fail(unit, fmt::format("<trans-unit id=\"{}\"> has no <source>", result.id));
  pugi::xml_node target = Child(unit, "target");
  for (pugi::xml_node child : unit.children()) {
    if (child.type() == pugi::node_element && LocalName(child) == "note") {
      result.notes.push_back(PlainText(child));
    }
  }
  if (!ReadText(source, &result.source, &result.source_anchors)) return false;
  if (target) {
    if (!ReadText(target, &result.target, &result.target_anchors)) return false;
    std::string_view state = target.attribute("state").value();
    result.fuzzy = state == "new" || state.starts_with("needs-");
  }
  out->units.push_back(std::move(result));
  return true;
}

bool XliffReader::ReadVersion2(pugi::xml_node root, TranslationFile* out) {
  out->source_lang = root.attribute("srcLang").value();
  out->target_lang = root.attribute("trgLang").value();
  std::vector<pugi::xml_node> units;
  for (pugi::xml_node file : root.children()) {
    if (file.type() == pugi::node_element && LocalName(file) == "file") {
      CollectElements(file, "unit", &units);
    }
  }
  for (pugi::xml_node unit : units) {
    if (!ReadUnit(unit, out)) return false;
  }
  return true;
}

bool XliffReader::ReadUnit(pugi::xml_node unit, TranslationFile* out) {
  pugi::xml_attribute id = unit.attribute("id");
  if (!id) return Fail(unit, "<unit> without an id");
  std::vector<std::string> notes;
  std::vector<pugi::xml_node> segments;
  for (pugi::xml_node child : unit.children()) {
    if (child.type() != pugi::node_element) continue;
    if (LocalName(child) == "segment") segments.push_back(child);
    if (LocalName(child) != "notes") continue;
    for (pugi::xml_node note : child.children()) {
      if (note.type() == pugi::node_element && LocalName(note) == "note") {
        notes.push_back(PlainText(note));
      }
    }
  }
  // <ignorable> siblings of the segments hold the whitespace between them: not translated.
  for (size_t i = 0; i < segments.size(); ++i) {
    pugi::xml_node segment = segments[i];
    TranslationUnit result;
    result.id = id.value();
    if (segments.size() > 1) {
      pugi::xml_attribute segment_id = segment.attribute("id");
      result.id += "/" + (segment_id ? std::string(segment_id.value()) : std::to_string(i + 1));
    }
    result.notes = notes;
    // The state defaults to "initial" in the standard, but tools that do not track states
    // leave it out of finished translations: only a written "initial" counts as unfinished.
    result.fuzzy = std::string_view(segment.attribute("state").value()) == "initial";
    pugi::xml_node source = Child(segment, "source");
    if (!source)
      return Fail(segment, fmt::format("a <segment> of unit \"{}\" has no <source>", id.value()));
    if (!ReadText(source, &result.source, &result.source_anchors)) return false;
    if (pugi::xml_node target = Child(segment, "target")) {
      if (!ReadText(target, &result.target, &result.target_anchors)) return false;
    }
    out->units.push_back(std::move(result));
  }
  return true;
}

bool XliffReader::ReadText(pugi::xml_node element, std::string* text,
                           std::vector<TextAnchor>* anchors) {
  AnchoredTextBuilder builder(xml_, &tracker_, text, anchors);
  if (!AppendContent(element, &builder)) return false;
  builder.AnchorIfEmpty(TagOffset(element));
  if (text->find('\0') != std::string::npos) return Fail(element, "NUL character in the text");
  return true;
}

bool XliffReader::AppendContent(pugi::xml_node element, AnchoredTextBuilder* builder) {
  for (pugi::xml_node node : element.children()) {
    if (node.offset_debug() < 0) return Fail(element, "text without a position (please report)");
    size_t begin = static_cast<size_t>(node.offset_debug());
    switch (node.type()) {
      case pugi::node_pcdata:
        if (!AppendPcdata(begin, node.value(), builder)) return false;
        break;
      case pugi::node_cdata:
        if (!AppendCdata(begin, node.value(), builder)) return false;
        break;
      case pugi::node_element:
        if (!IsPlaceholder(LocalName(node)) && !AppendContent(node, builder)) return false;
        break;
      default:  // comments, processing instructions
        break;
    }
  }
  return true;
}

// Appends the raw text xml_[begin, next '<') decoding entity and character references and line
// ends as XML does; `value` is pugixml's decoding, which must agree.
bool XliffReader::AppendPcdata(size_t begin, std::string_view value, AnchoredTextBuilder* builder) {
  size_t end = std::min(xml_.find('<', begin), xml_.size());
  size_t before = builder->text().size();
  size_t run = begin;
  for (size_t i = begin; i < end;) {
    char c = xml_[i];
    if (c != '&' && c != '\r') {
      ++i;
      continue;
    }
    builder->Copy(run, i);
    std::string decoded;
    size_t length;
    if (c == '\r') {  // CR LF and a lone CR are a line feed in XML
      decoded = "\n";
      length = i + 1 < end && xml_[i + 1] == '\n' ? 2 : 1;
    } else {
      size_t semicolon = xml_.find(';', i);
      if (semicolon == std::string_view::npos || semicolon >= end) {
        return Fail(i, "'&' that does not start a reference (write &amp;)");
      }
      std::string_view name = xml_.substr(i + 1, semicolon - i - 1);
      length = semicolon + 1 - i;
      if (name == "lt") {
        decoded = "<";
      } else if (name == "gt") {
        decoded = ">";
      } else if (name == "amp") {
        decoded = "&";
      } else if (name == "apos") {
        decoded = "'";
      } else if (name == "quot") {
        decoded = "\"";
      } else if (name.starts_with('#')) {
        bool hex = name.starts_with("#x");
        std::string_view digits = name.substr(hex ? 2 : 1);
        uint32_t cp = 0;
        bool valid = !digits.empty() && digits.size() <= 8;
        for (char d : digits) {
          int v = d >= '0' && d <= '9'                            ? d - '0'
                  : hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f' ? (d | 0x20) - 'a' + 10
                                                                  : -1;
          if (v < 0) valid = false;
          cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v < 0 ? 0 : v);
        }
        if (!valid || !IsXmlChar(cp)) {
          return Fail(i, fmt::format("&{}; is not a character XML allows", name));
        }
        utf8::Append(&decoded, cp);
      } else {
        // pugixml does not read DTDs: an entity of one would be left undecoded.
        return Fail(i, fmt::format("entity &{}; is not one of XML's five (&lt; &gt; &amp; "
                                   "&apos; &quot;) and cannot be read",
                                   name));
      }
    }
    builder->Escape(i, i + length, decoded);
    i += length;
    run = i;
  }
  builder->Copy(run, end);
  return Agrees(begin, builder->text().substr(before), value);
}

bool XliffReader::AppendCdata(size_t begin, std::string_view value, AnchoredTextBuilder* builder) {
  size_t end = std::min(xml_.find("]]>", begin), xml_.size());
  size_t before = builder->text().size();
  size_t run = begin;
  for (size_t i = begin; i < end; ++i) {
    if (xml_[i] != '\r') continue;  // CDATA is verbatim but for line ends
    builder->Copy(run, i);
    run = i + (i + 1 < end && xml_[i + 1] == '\n' ? 2 : 1);
    builder->Escape(i, run, "\n");
    i = run - 1;
  }
  builder->Copy(run, end);
  return Agrees(begin, builder->text().substr(before), value);
}

bool XliffReader::Agrees(size_t begin, std::string_view decoded, std::string_view value) {
  return decoded == value ||
         Fail(begin, "text that could not be mapped to the file (please report)");
}

}  // namespace

bool ReadXliffFile(std::string_view bytes, TranslationFile* out, std::string* error) {
  *out = {};
  if (!CheckTranslationFileSize(bytes.size(), error)) return false;
  std::string xml;
  if (!DecodeText(std::string(bytes), &xml, error)) return false;
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(
      xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed) {
    *error = fmt::format("malformed XML at {}: {}",
                         DescribePosition(xml, static_cast<size_t>(parsed.offset)),
                         parsed.description());
    return false;
  }
  XliffReader reader(xml);
  return reader.Read(doc, out, error);
}

}  // namespace figdiff
