// Package verdict is the overview of a library that turns the raw text of UK
// public-service inspection coverage — news pages scraped from the web, and the
// inspectorates' own reports — into typed Go values: the judgements (current, previous,
// per area), the inspection and publication dates, the named officials and their
// quotes, and the inspectors' findings split into positives and failures. Every item
// carries the byte span of the input it came from.
//
// # What goes in
//
// UTF-8 text: a plain-text page dump with its site furniture (radio banners, cookie
// notices, share buttons, weather widgets), a news article, a press release, or text
// extracted from a PDF report with page headers and hyphenated line ends. Stray invalid
// UTF-8, HTML entities, curly quotes and CRLF line ends are all accepted; an input that is
// mostly not text (a program, UTF-16 not yet decoded) is refused with
// [github.com/verdictnlp/verdict/extract.ErrBinary]. The page package decodes other
// encodings and reads web pages.
//
// # What comes out
//
// An [extract.Report]: the inspectorate, the inspected body and service, judgements,
// dates, officials, quotes and findings, and the spans of the lines dropped as site
// furniture. A span is a half-open byte range into the input exactly as given, and each
// item's Text is input[Span.Start:Span.End].
//
// # Packages
//
//   - [github.com/verdictnlp/verdict/extract] runs the whole pipeline: start here.
//   - [github.com/verdictnlp/verdict/text] is the model of an input: analysis text with
//     an offset map back, furniture marked off, paragraphs, sentences and tokens.
//   - [github.com/verdictnlp/verdict/rating] knows every inspectorate's scale and finds
//     judgements.
//   - [github.com/verdictnlp/verdict/quote] finds quotations and their attribution cues.
//   - [github.com/verdictnlp/verdict/entity] finds officials, organisations and bodies.
//   - [github.com/verdictnlp/verdict/dates] reads dates, places them on the calendar and
//     tells their roles: the inspection, the publication, the previous inspection.
//   - [github.com/verdictnlp/verdict/findings] finds what inspectors found, clause by
//     clause, as strengths or failures, each with its theme.
//   - [github.com/verdictnlp/verdict/page] reads what clients are given: web pages, and
//     text in other encodings.
//
// # Example
//
//	rep, err := extract.Extract(article)
//	if err != nil {
//		return err // an input over the size limit, or not text
//	}
//	for _, j := range rep.Judgements {
//		fmt.Println(j.Area, j.Grade, j.Time, article[j.Span.Start:j.Span.End])
//	}
//
// For a web page, [github.com/verdictnlp/verdict/page.Text] takes the article
// text out of the HTML first; the Report's spans index that text.
//
// The command verdict (cmd/verdict) prints the same Report as JSON for files or
// standard input, and `verdict eval` scores the library against the hand-annotated
// corpus in testdata.
package verdict
