// Package extract runs verdict's pipeline over one text and returns its [Report]: the
// inspectorate and the inspected body, the judgements, dates, officials, quotes and
// findings, each with the byte span of the input it came from.
//
// An [Extractor] is built once with its options ([WithReferenceDate],
// [WithMaxInputSize], [WithParts], [WithTagger]) and is safe for concurrent use. A call parses the
// input into a [text.Document] and runs two phases over it.
//
// First it annotates: the annotators of the packages rating, entity, dates and quote
// read the Document once into one value that the second phase reads and never
// changes: the inspectorates named, the bodies and services, every grade mention, the
// dates as written, and (when quotes or officials are wanted) the people, one per
// person with all their mentions and roles (entity.GatherPeople, where prose's tagger
// confirms names no list knows), and the quoted stretches with their attributions.
//
// Then it resolves, as named steps in order, each writing its own part of the Report:
//
//   - judgements: the inspectorate, the subject and each grade, current or previous;
//   - quotes: each quotation and its speaker;
//   - officials: the people who act in a public role, with every mention, the
//     pronouns that speak for them included;
//   - dates: each date placed on the calendar and given its role (by the dates
//     package);
//   - previous year: the previous judgement's year and the previous inspection's date
//     made to agree, the one step that writes into two parts;
//   - date report: the dates placed;
//   - dated previous: an earlier inspection the text dates but does not grade, as a
//     previous judgement with no grade;
//   - findings: the clauses stating what inspectors found, positive or failure (by the
//     findings package, given the grades, the quotes and the officials found before).
//
// [WithParts] only chooses which steps run (those of the wanted parts and of the parts
// they need) and which parts the Report keeps.
//
// The Report's JSON is the command's output, written directly by [AppendJSON] and
// [MarshalIndent] in encoding/json's form; its schema is [Schema], and a Report
// decodes from its own JSON.
package extract
