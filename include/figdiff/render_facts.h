// Printing extracted facts: JSON Lines, TSV and a table. The formats are specified in
// docs/output-format.md (version 1); field names and order are a contract.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "figdiff/fact.h"
#include "figdiff/input.h"
#include "figdiff/text_table.h"

namespace figdiff {

// One fact as a JSON object with the fields of extract's JSON Lines, in order.
nlohmann::ordered_json FactToJson(const Document& doc, const Fact& fact);

// The facts of one document as JSON Lines.
std::string RenderJsonl(const Document& doc, const std::vector<Fact>& facts);

// TSV: a header line, then one line per fact; null fields are empty, and '\\', TAB, CR and LF
// inside a field are written as \\, \t, \r and \n. Documents with an id (records of a JSONL
// stream) add an `id` column at the end, and their header says so (with_id).
std::string TsvHeader(bool with_id = false);
std::string RenderTsv(const Document& doc, const std::vector<Fact>& facts);

// A table for people: the facts of one document become rows of `table`, each at
// "<path or id>:<line>:<col>".
TextTable MakeFactTable();
void AddFactRows(const Document& doc, const std::vector<Fact>& facts, TextTable* table);

}  // namespace figdiff
