// Package extract runs verdict's pipeline over one text and returns its [Report]: the
// inspectorate and the inspected body, the judgements, dates, officials, quotes and
// findings, each with the byte span of the input it came from.
//
// An [Extractor] is built once with its options ([WithReferenceDate],
// [WithMaxInputSize], [WithParts]) and is safe for concurrent use. A call parses the
// input into a [text.Document], runs the annotators of the packages rating, quote,
// entity, dates and findings over it, then resolves what they found as named stages,
// in order:
//
//   - judgements: the inspectorate, the subject and each grade, current or previous;
//   - officials: the people the text names;
//   - quotes: each quotation and its speaker, and the officials with their roles;
//   - dates: each date and its role (read by the dates package), and the years of
//     previous judgements made to agree with the previous inspection's date;
//   - findings: the clauses stating what inspectors found, positive or failure (read
//     by the findings package, given the judgements and the quotes found before).
//
// The Report's JSON is the command's output; its schema is [Schema], and a Report
// decodes from its own JSON.
package extract
